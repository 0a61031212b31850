// The context every operation is handed: the store, the queue, the mailer, the register, the keys and
// the clock. The service builds it once (src/service); domains only read it.
export type { Actor, ServiceContext } from "./context.js";
