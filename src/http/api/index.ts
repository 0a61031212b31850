import fastifySwagger from "@fastify/swagger";
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { ServiceContext } from "../../context/index.js";
import { apiError, sendApiError } from "./errors.js";
import { openDsrApi } from "./opendsr/routes.js";
import { apiSchemas } from "./registry.js";
import { accessGrantApi } from "./routes/access-grants.js";
import { breachApi } from "./routes/breaches.js";
import { tenantApi } from "./routes/tenant.js";
import { consentApi } from "./routes/consent.js";
import { requestApi } from "./routes/requests.js";
import { wellKnownRoutes } from "./well-known.js";

export { OPENDSR_CALLBACK_QUEUE, OPENDSR_STATUS_QUEUE, openDsrJobHandlers } from "../../opendsr/index.js";

export interface ApiOptions {
  ctx: ServiceContext;
}

/** The JSON API's own 404: the same error shape as every other answer, nothing of the path repeated. */
function answerNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(apiError("not_found", "no such route")));
}

/**
 * The JSON API: the native routes under /api, OpenDSR under /v1, and the OpenAPI 3.1 document at
 * /openapi.json, generated from the same zod schemas that validate input and serialize output. Every
 * route but discovery and the document needs a bearer token with the route's scope.
 */
export const apiPlugin: FastifyPluginAsync<ApiOptions> = async (app, { ctx }) => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest("apiToken", null);
  app.setErrorHandler((error, request, reply) => sendApiError(error, request, reply));
  // API answers hold personal data: no cache may keep them.
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("cache-control", "no-store");
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Waarborg API",
        version: "1.0.0",
        description:
          "Data-subject requests: the queue, filing on behalf of a person, decisions, and an OpenDSR-compatible surface. Errors are `{ error: { code, message, field } }`; messages never repeat the input.",
      },
      servers: [{ url: ctx.publicUrl }],
      tags: [
        { name: "requests", description: "Waarborg's own request API" },
        { name: "opendsr", description: "OpenDSR (formerly OpenGDPR)" },
        { name: "consent", description: "Proof of consent recorded by the banner" },
        { name: "access-grants", description: "Time-boxed, approved, signed and audited support access" },
        { name: "breaches", description: "The breach register: 72-hour clock, notification draft, export" },
        { name: "tenant", description: "A tenant's own entry in the tenants directory (processor mode)" },
      ],
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "an API token with scopes" } },
      },
    },
    transform: createJsonSchemaTransform({ schemaRegistry: apiSchemas }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: apiSchemas }),
  });

  await app.register(
    async (api) => {
      answerNotFound(api);
      await api.register(requestApi(ctx));
      await api.register(consentApi(ctx));
      await api.register(accessGrantApi(ctx));
      await api.register(breachApi(ctx));
      await api.register(tenantApi(ctx));
    },
    { prefix: "/api" },
  );
  await app.register(
    async (v1) => {
      answerNotFound(v1);
      await v1.register(openDsrApi(ctx));
    },
    { prefix: "/v1" },
  );

  await app.register(wellKnownRoutes(ctx));

  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
};
