import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import type { ServiceContext } from "../../../context/index.js";
import { getTenant, setTenant, tenantCallbackSecret, TenantDirectoryError } from "../../../tenants/index.js";
import { apiActor, requireScope } from "../bearer.js";
import { ApiError, ERROR_RESPONSES } from "../errors.js";
import { CallbackSecretView, TenantBody, TenantView } from "./tenant-schemas.js";

const SECURITY = [{ bearer: [] }];
const TAGS = ["tenant"];

/** The token's own tenant: a token of the company itself has no entry to read or change. */
function ownTenant(request: FastifyRequest): string {
  const tenant = request.apiToken!.tenant;
  if (tenant === null) throw new TenantDirectoryError("not-found", "this token acts for no tenant");
  return tenant;
}

/**
 * A tenant's self-service on its own entry in the tenants directory: the route takes the tenant from
 * the token and never from the path or the body, so no token can read or change another tenant's.
 */
export function tenantApi(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const profile = requireScope(ctx, "tenant:profile");
    const schema = (operationId: string, summary: string, description: string) => ({
      operationId,
      summary,
      description,
      tags: TAGS,
      security: SECURITY,
    });

    app.get(
      "/tenant",
      {
        onRequest: profile,
        schema: {
          ...schema(
            "getTenant",
            "The token's tenant's entry in the directory",
            "404 until the entry is recorded, and for a token that acts for no tenant.",
          ),
          response: { 200: TenantView, ...ERROR_RESPONSES },
        },
      },
      async (request) => getTenant(ctx, ownTenant(request)),
    );

    app.put(
      "/tenant",
      {
        onRequest: profile,
        schema: {
          ...schema(
            "putTenant",
            "Record the token's tenant's name and privacy contact",
            "Replaces the entry: a contact or callback URL left out is recorded as none, and at least one of email and url is required. People whose data the company processes for the tenant are referred to this contact; the callback URL is told, by a signed POST, when one of the tenant's requests moves.",
          ),
          body: TenantBody,
          response: { 200: TenantView, ...ERROR_RESPONSES },
        },
      },
      async (request) =>
        setTenant(
          ctx,
          ownTenant(request),
          {
            name: request.body.name,
            email: request.body.email ?? null,
            url: request.body.url ?? null,
            callbackUrl: request.body.callbackUrl ?? null,
          },
          apiActor(request),
        ),
    );

    app.get(
      "/tenant/callback-secret",
      {
        onRequest: profile,
        schema: {
          ...schema(
            "getTenantCallbackSecret",
            "The secret the token's tenant's callbacks are signed with",
            "Derived from the company's server key and the tenant's key, so it is stored nowhere: read it again after the company rotates its key. 503 when the service has no key to derive it from.",
          ),
          response: { 200: CallbackSecretView, ...ERROR_RESPONSES, 503: ApiError },
        },
      },
      async (request) => ({ secret: tenantCallbackSecret(ctx.env, ownTenant(request)) }),
    );
  };
}
