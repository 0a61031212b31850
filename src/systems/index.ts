// The systems domain's public face: APIs and other systems a request reaches beside the databases.
export { REAL_HTTP, type HttpDeps } from "./http/deps.js";
export { SystemError } from "./http/errors.js";
export type { SystemOutcome } from "./http/operations.js";
export type { SystemRun } from "./http/system-client.js";
export { planSystems, type SystemPlan } from "./plan.js";
export type { StopRequest } from "./concerns.js";
export { accessSystems, eraseSystems, httpSystems, rectifySystems, restrictSystems, stopSystems } from "./run.js";
export { httpUsesTenant, tenantSkip } from "./tenant.js";
