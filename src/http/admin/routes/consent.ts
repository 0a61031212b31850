import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { acceptanceByDay, type ConsentProof, ConsentNotFoundError, consentProof } from "../../../consent/index.js";
import type { ServiceContext } from "../../../context/index.js";
import type { Lang } from "../../../kernel/index.js";
import { localize } from "../../../register/index.js";
import { CONSENT_WORDS } from "../consent-words.js";
import { formBody, formText, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { consentPage, consentProofPage } from "../pages/consent.js";

const CONSENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function purposeNames(ctx: ServiceContext, lang: Lang): Record<string, string> {
  const purposes = ctx.register.consent?.purposes ?? {};
  return Object.fromEntries(Object.entries(purposes).map(([id, p]) => [id, localize(p.name, lang)]));
}

/**
 * Consent in the console: acceptance per purpose over time, and the proof of one consent id. The id
 * is posted, not put in the address: a pseudonym still identifies a visitor, and addresses end up in
 * browser histories.
 */
export function consentRoutes(ctx: ServiceContext): FastifyPluginAsync {
  return async (app) => {
    const read = guard(ctx, "consent.read");
    const overview = async (request: FastifyRequest, lookup?: { consentId: string; problem: string }) =>
      consentPage(pageOf(request, ctx), {
        names: purposeNames(ctx, request.adminLang),
        acceptance: await acceptanceByDay(ctx.store),
        ...(lookup ? { lookup } : {}),
      });

    /** The proof for the posted consent id; undefined when no decision carries it. */
    const proofOf = async (request: FastifyRequest): Promise<{ id: string; proof?: ConsentProof }> => {
      const id = formText(formBody(request), "consent_id").trim().toLowerCase();
      if (!CONSENT_ID.test(id)) return { id };
      try {
        return { id, proof: await consentProof(ctx, id) };
      } catch (error) {
        if (error instanceof ConsentNotFoundError) return { id };
        throw error;
      }
    };

    app.get("/consent", { preHandler: read }, async (request, reply) => sendHtml(reply, await overview(request)));

    app.post("/consent/proof", { preHandler: read }, async (request, reply) => {
      const { id, proof } = await proofOf(request);
      if (!proof) {
        const problem = CONSENT_WORDS[request.adminLang].notFound;
        return sendHtml(reply, await overview(request, { consentId: id, problem }), 404);
      }
      return sendHtml(reply, consentProofPage(pageOf(request, ctx), proof, purposeNames(ctx, request.adminLang)));
    });

    app.post("/consent/proof.json", { preHandler: read }, async (request, reply) => {
      const { id, proof } = await proofOf(request);
      if (!proof)
        return sendHtml(
          reply,
          await overview(request, { consentId: id, problem: CONSENT_WORDS[request.adminLang].notFound }),
          404,
        );
      return reply
        .header("content-disposition", `attachment; filename="consent-${id}.json"`)
        .type("application/json; charset=utf-8")
        .send(`${JSON.stringify(proof, null, 2)}\n`);
    });
  };
}
