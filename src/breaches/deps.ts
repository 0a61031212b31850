import type { ServiceContext } from "../context/index.js";

/** What the breach operations use of the service: the HTTP routes, the CLI and the tests hand it in. */
export type BreachDeps = Pick<ServiceContext, "store" | "register" | "now">;
