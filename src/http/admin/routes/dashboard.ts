import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { dashboardStats } from "../../../requests/index.js";
import type { ServiceContext } from "../../../context/index.js";
import { pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { dashboardPage } from "../pages/dashboard.js";

/** The dashboard: every role that reads requests (requests.read). */
export function dashboardRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/dashboard", { preHandler: guard(ctx, "requests.read") }, async (request, reply) =>
      sendHtml(reply, dashboardPage(pageOf(request, ctx), await dashboardStats(ctx))),
    );
  };
}
