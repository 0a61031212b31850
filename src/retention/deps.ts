import type { ServiceContext } from "../context/index.js";
import type { Register } from "../register/index.js";
import type { Store } from "../store/index.js";

/**
 * What retention needs from the service: the store for run records, locks, holds and the audit log;
 * the register; the environment for dataset URLs and the masking key; the data key for holds on a
 * person; and a clock the tests control.
 */
export interface RetentionDeps {
  store: Store;
  register: Register;
  env: NodeJS.ProcessEnv;
  now(): Date;
  dataKey?: Buffer;
}

export function retentionDeps(ctx: ServiceContext): RetentionDeps {
  return { store: ctx.store, register: ctx.register, env: ctx.env, now: () => ctx.now(), dataKey: ctx.keys.data };
}
