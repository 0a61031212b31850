import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { verifyStoredAudit } from "../../../audit/index.js";
import { type ConsoleContext, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { auditPage } from "../pages/audit.js";
import { latestAudit } from "../reads.js";

const PAGE_SIZE = 100;

/** `before`: the page of entries older than that sequence number; `verify=1`: check the chain too. */
const AuditQuery = z.looseObject({
  before: z.coerce.number().int().optional().catch(undefined),
  verify: z.string().optional().catch(undefined),
});

/** The audit log: admin, privacy officer and auditor (audit.read). */
export function auditRoutes(ctx: ConsoleContext): FastifyPluginAsyncZod {
  return async (app) => {
    const schema = { querystring: AuditQuery };
    app.get("/audit", { preHandler: guard(ctx, "audit.read"), schema }, async (request, reply) => {
      const query = request.query;
      const rows = await latestAudit(ctx.store, PAGE_SIZE + 1, query.before);
      const entries = rows.slice(0, PAGE_SIZE);
      // Checking the chain reads the whole log, so it runs when asked for, not on every view.
      const verification = query.verify === "1" ? await verifyStoredAudit(ctx.store) : undefined;
      const olderBefore = rows.length > PAGE_SIZE ? entries.at(-1)?.seq : undefined;
      return sendHtml(reply, auditPage(pageOf(request, ctx), { entries, olderBefore, verification }));
    });
  };
}
