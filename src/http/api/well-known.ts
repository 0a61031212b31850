import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AccessGrantError, grantKeySet, revocationList } from "../../access-grants/index.js";
import type { ServiceContext } from "../../context/index.js";
import { apiError } from "./errors.js";
import { KeySetView } from "./routes/access-grants-schemas.js";

/**
 * What the company's application fetches to verify grant tokens without calling back per token: the
 * public keys, and the signed list of grants revoked before their time. Both are public: they hold
 * keys and grant ids, nothing about a person.
 */
export function wellKnownRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/.well-known/jwks.json",
      {
        schema: {
          operationId: "accessGrantKeys",
          summary: "The public keys (OKP/Ed25519 JWK) that grant tokens and revocation lists are signed with",
          tags: ["access-grants"],
          response: { 200: KeySetView },
        },
      },
      async () => grantKeySet(ctx.env),
    );

    app.get(
      "/.well-known/access-grant-revocations",
      {
        schema: {
          operationId: "accessGrantRevocations",
          summary: "A signed list (compact JWS, application/jwt) of grants revoked before their expiry",
          tags: ["access-grants"],
        },
      },
      async (_request, reply) => {
        let list: string;
        try {
          list = await revocationList(ctx);
        } catch (error) {
          if (!(error instanceof AccessGrantError) || error.kind !== "not-configured") throw error;
          return reply.code(503).send(apiError("not_configured", "grant tokens are not signed on this service"));
        }
        return reply.type("application/jwt").send(list);
      },
    );
  };
}
