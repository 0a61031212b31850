import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ServiceContext } from "../../../context/index.js";
import { listProcessors, remindBeforeDays } from "../../../processors/index.js";
import { pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { processorsPage } from "../pages/processors.js";

/** The processors page: admin, privacy officer and auditor (processors.read). */
export function processorRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = guard(ctx, "processors.read");
    app.get("/processors", { preHandler: read }, async (request, reply) =>
      sendHtml(
        reply,
        processorsPage(pageOf(request, ctx), {
          processors: listProcessors(ctx.register, ctx.now()),
          remindBeforeDays: remindBeforeDays(ctx.register),
        }),
      ),
    );
  };
}
