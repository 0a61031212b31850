// The service domain's public face: other folders import from here, never from its files.
export { ConfigError, resolveConfig, type ServeFlags } from "./config.js";
export { type ContextFromEnv, type ContextParts, createServiceContext, serviceContextFromEnv } from "./context.js";
export { type OperatorContext, openOperatorContext } from "./operator.js";
export { serviceHandlers } from "./handlers.js";
export { startHousekeeping } from "./housekeeping.js";
export { createLogger } from "./logger.js";
export { untilStopSignal } from "./shutdown.js";
export { ServiceStartError, startService } from "./start.js";
