import type { ServiceContext } from "../context/index.js";

/** What the processor operations use of the service: the HTTP routes, the CLI and the tests hand it in. */
export type ProcessorDeps = Pick<ServiceContext, "store" | "register" | "now" | "mailer">;
