// The jobs domain's public face: other folders import from here, never from its files.
export { createQueue } from "./create.js";
export { type JobHandlers, payloadId, registerHandlers } from "./handlers.js";
export { LeaseConfigError, leaseFromEnv } from "./lease.js";
export { queueLogging } from "./logging.js";
export { failureMessage, type Job, type JobQueue } from "./queue.js";
export { startWorker, WorkerStartError } from "./worker.js";
