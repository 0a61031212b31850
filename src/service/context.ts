import { KeyConfigError, loadDataKey } from "../crypto/index.js";
import { calendarFor } from "../deadlines/index.js";
import { formatDiagnostic } from "../diagnostics/index.js";
import type { JobQueue } from "../jobs/index.js";
import type { ServiceContext } from "../context/index.js";
import { loadRegister } from "../register/index.js";
import type { Store } from "../store/index.js";
import { ConfigError, resolveConfig } from "./config.js";
import { mailerFor } from "./mailer.js";

export interface ContextFromEnvOptions {
  /** The register, when a flag gives it; WAARBORG_REGISTER otherwise. */
  registerPath?: string;
  now?: () => Date;
}

export interface ContextFromEnv {
  ctx: ServiceContext;
  /** Closes what the context opened (the SMTP connection); the store and the queue are the caller's. */
  close(): void;
}

/**
 * The operations' context for a process that reads its settings from the environment only, such as
 * `waarborg worker`: the register (WAARBORG_REGISTER), the data key, mail over SMTP or to the
 * outbox, and the public URL for links in mail, with the same defaults and checks as `waarborg
 * serve`, so a worker beside a service writes the same links and sends the same way. The dataset
 * URLs (DEMO_DATABASE_URL, ...), the masking key and the webhook secret are read from `env` when a
 * job needs them. Throws ConfigError, whose message names the setting and never its value.
 */
export async function serviceContextFromEnv(
  env: NodeJS.ProcessEnv,
  store: Store,
  queue: JobQueue,
  options: ContextFromEnvOptions = {},
): Promise<ContextFromEnv> {
  const registerPath = options.registerPath ?? env.WAARBORG_REGISTER;
  if (!registerPath)
    throw new ConfigError("no register: set WAARBORG_REGISTER (or give --register) to the privacy.yaml");
  const config = resolveConfig({ register: registerPath }, env);
  let data: Buffer;
  try {
    data = loadDataKey(env);
  } catch (error) {
    if (error instanceof KeyConfigError) throw new ConfigError(error.message);
    throw error;
  }
  const loaded = await loadRegister(registerPath);
  if (!loaded.register) {
    const errors = loaded.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    throw new ConfigError(`the register does not load:\n${errors.join("\n")}`);
  }
  const now = options.now ?? (() => new Date());
  const mailer = mailerFor(config, store, now);
  const ctx: ServiceContext = {
    store,
    queue,
    mailer,
    register: loaded.register,
    registerPath,
    keys: { data },
    calendar: calendarFor(),
    now,
    publicUrl: config.publicUrl ?? "",
    env: { ...env },
  };
  return { ctx, close: () => mailer.close?.() };
}
