import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ServiceContext } from "../../../context/index.js";
import {
  type EvidenceFormat,
  evidenceFileName,
  renderEvidence,
  retentionDeps,
  retentionEvidence,
  retentionOverview,
} from "../../../retention/index.js";
import { pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { retentionPage } from "../pages/retention.js";

const TYPES: Record<EvidenceFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** Retention in the console, and its evidence as a download: admin, privacy officer and auditor (retention.read). */
export function retentionRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = guard(ctx, "retention.read");
    app.get("/retention", { preHandler: read }, async (request, reply) =>
      sendHtml(reply, retentionPage(pageOf(request, ctx), await retentionOverview(retentionDeps(ctx)))),
    );
    for (const format of ["json", "csv"] as const) {
      app.get(`/retention/evidence.${format}`, { preHandler: read }, async (_request, reply) => {
        const evidence = await retentionEvidence(retentionDeps(ctx));
        return reply
          .header("content-disposition", `attachment; filename="${evidenceFileName(evidence, format)}"`)
          .type(TYPES[format])
          .send(renderEvidence(evidence, format));
      });
    }
  };
}
