import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { ServiceContext } from "../../context/index.js";
import { acknowledgeRoutes } from "./acknowledge.js";
import { downloadRoutes } from "./download.js";
import { FilingLimiter, type FilingLimits } from "./filing-limit.js";
import { homeRoutes } from "./home.js";
import { processorRoutes } from "./processors.js";
import { requestRoutes } from "./request.js";
import { statementRoutes } from "./statement.js";
import { statusRoutes } from "./status.js";
import { subscriptionRoutes } from "./subscribe.js";
import { taskRoutes } from "./task.js";
import { verifyRoutes } from "./verify.js";

export interface CenterOptions {
  ctx: ServiceContext;
  /** How often requests may be filed per address and per client; FILING_LIMITS unless given. */
  filingLimits?: Partial<FilingLimits>;
}

/**
 * The privacy center: public, server-rendered, Dutch under /nl/ and English under /en/, usable with
 * JavaScript off. The status and download pages sit at the paths the mail links point to
 * (src/requests/links.ts) and take their language from ?lang or the request.
 */
export const centerPlugin: FastifyPluginAsync<CenterOptions> = async (plain, { ctx, filingLimits }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  homeRoutes(app, ctx);
  statementRoutes(app, ctx);
  requestRoutes(app, ctx, new FilingLimiter(filingLimits));
  verifyRoutes(app, ctx);
  statusRoutes(app, ctx);
  downloadRoutes(app, ctx);
  subscriptionRoutes(app, ctx);
  taskRoutes(app, ctx);
  processorRoutes(app, ctx);
  acknowledgeRoutes(app, ctx);
};
