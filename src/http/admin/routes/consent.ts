import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acceptanceByDay, type ConsentProof, ConsentNotFoundError, consentProof } from "../../../consent/index.js";
import type { ServiceContext } from "../../../context/index.js";
import type { Lang } from "../../../kernel/index.js";
import { localize } from "../../../register/index.js";
import { CONSENT_WORDS } from "../consent-words.js";
import { formPost, OneValue } from "../../pages/form-post.js";
import { commonWords } from "../../pages/i18n.js";
import { pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { consentPage, consentProofPage } from "../pages/consent.js";

/** The consent id to look up, posted rather than put in the address. */
const ProofForm = z.object({ _csrf: OneValue, consent_id: OneValue });
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
export function consentRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = guard(ctx, "consent.read");
    const overview = async (request: FastifyRequest, lookup?: { consentId: string; problem: string }) =>
      consentPage(pageOf(request, ctx), {
        names: purposeNames(ctx, request.adminLang),
        acceptance: await acceptanceByDay(ctx.store),
        ...(lookup ? { lookup } : {}),
      });

    /**
     * The proof for the posted consent id; undefined when no decision carries it, and a problem to show
     * beside the field when it is no consent id or the form was tampered with.
     */
    const proofOf = async (
      request: FastifyRequest & { body: z.infer<typeof ProofForm> },
    ): Promise<{ id: string; proof?: ConsentProof; problem: string }> => {
      const post = formPost(request);
      if (!post.ok) return { id: "", problem: commonWords(request.adminLang).fieldMalformed };
      const id = (post.body.consent_id ?? "").trim().toLowerCase();
      const problem = CONSENT_WORDS[request.adminLang].notFound;
      if (!CONSENT_ID.test(id)) return { id, problem };
      try {
        return { id, proof: await consentProof(ctx, id), problem };
      } catch (error) {
        if (error instanceof ConsentNotFoundError) return { id, problem };
        throw error;
      }
    };

    app.get("/consent", { preHandler: read }, async (request, reply) => sendHtml(reply, await overview(request)));

    const lookup = { preHandler: read, schema: { body: ProofForm }, attachValidation: true };
    app.post("/consent/proof", lookup, async (request, reply) => {
      const { id, proof, problem } = await proofOf(request);
      if (!proof)
        return sendHtml(
          reply,
          await overview(request, { consentId: id, problem }),
          request.validationError ? 400 : 404,
        );
      return sendHtml(reply, consentProofPage(pageOf(request, ctx), proof, purposeNames(ctx, request.adminLang)));
    });

    app.post("/consent/proof.json", lookup, async (request, reply) => {
      const { id, proof, problem } = await proofOf(request);
      if (!proof)
        return sendHtml(
          reply,
          await overview(request, { consentId: id, problem }),
          request.validationError ? 400 : 404,
        );
      return reply
        .header("content-disposition", `attachment; filename="consent-${id}.json"`)
        .type("application/json; charset=utf-8")
        .send(`${JSON.stringify(proof, null, 2)}\n`);
    });
  };
}
