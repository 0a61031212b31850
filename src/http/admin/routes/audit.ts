import type { FastifyPluginAsync } from "fastify";
import { verifyStoredAudit } from "../../../audit/index.js";
import { type ConsoleContext, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { auditPage } from "../pages/audit.js";
import { latestAudit } from "../reads.js";

const PAGE_SIZE = 100;

/** The audit log: admin, privacy officer and auditor (audit.read). */
export function auditRoutes(ctx: ConsoleContext): FastifyPluginAsync {
  return async (app) => {
    app.get("/audit", { preHandler: guard(ctx, "audit.read") }, async (request, reply) => {
      const query = request.query as { before?: unknown; verify?: unknown };
      const before = Number(query.before);
      const rows = await latestAudit(ctx.store, PAGE_SIZE + 1, Number.isInteger(before) ? before : undefined);
      const entries = rows.slice(0, PAGE_SIZE);
      // Checking the chain reads the whole log, so it runs when asked for, not on every view.
      const verification = query.verify === "1" ? await verifyStoredAudit(ctx.store) : undefined;
      const olderBefore = rows.length > PAGE_SIZE ? entries.at(-1)?.seq : undefined;
      return sendHtml(reply, auditPage(pageOf(request, ctx), { entries, olderBefore, verification }));
    });
  };
}
