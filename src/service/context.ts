import { KeyConfigError, loadDataKey } from "../crypto/index.js";
import { calendarFor, type HolidayCalendar } from "../deadlines/index.js";
import { deadlineCountry } from "../member-states/index.js";
import { formatDiagnostic } from "../diagnostics/index.js";
import type { JobQueue } from "../jobs/index.js";
import type { ServiceContext } from "../context/index.js";
import { type Mailer, OutboxMailer } from "../mail/index.js";
import { loadRegister, type Register } from "../register/index.js";
import type { Store } from "../store/index.js";
import { ConfigError, resolveConfig, type ServiceConfig } from "./config.js";
import { mailerFor } from "./mailer.js";

/** What a context is made of; what is left out gets the service's default. */
export interface ContextParts {
  store: Store;
  queue: JobQueue;
  register: Register;
  registerPath: string;
  /** 32-byte AES-256 key for identities and packages (WAARBORG_DATA_KEY). */
  dataKey: Buffer;
  /** The outbox in the store unless given. */
  mailer?: Mailer;
  /** Unless given, the holiday calendar of the member state the register's organization is established in. */
  calendar?: HolidayCalendar;
  now?: () => Date;
  /** Base URL of the privacy center for links in mail; empty until known. */
  publicUrl?: string;
  /** Dataset URLs, masking and webhook secrets; none unless given. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The one place a ServiceContext is put together: `serve`, `worker`, the CLI's requests and the tests
 * all build theirs here, so a new part of the context gets its default once.
 */
export function createServiceContext(parts: ContextParts): ServiceContext {
  const now = parts.now ?? (() => new Date());
  return {
    store: parts.store,
    queue: parts.queue,
    mailer: parts.mailer ?? new OutboxMailer(parts.store, now),
    register: parts.register,
    registerPath: parts.registerPath,
    keys: { data: parts.dataKey },
    calendar: parts.calendar ?? calendarFor(deadlineCountry(parts.register.organization)),
    now,
    publicUrl: parts.publicUrl ?? "",
    env: { ...parts.env },
  };
}

export interface ContextFromEnvOptions {
  /** The register, when a flag gives it; WAARBORG_REGISTER otherwise. */
  registerPath?: string;
  /** The register at registerPath, when the caller loaded it already. */
  register?: Register;
  now?: () => Date;
}

export interface ContextFromEnv {
  ctx: ServiceContext;
  /** Closes what the context opened (the SMTP connection); the store and the queue are the caller's. */
  close(): void;
}

/** What the environment says a context is made of, checked before the store is opened. */
export interface SettingsFromEnv {
  config: ServiceConfig;
  register: Register;
  registerPath: string;
  dataKey: Buffer;
  env: NodeJS.ProcessEnv;
}

/**
 * Reads and checks the settings of a process that takes them from the environment only: the register
 * (WAARBORG_REGISTER), the data key, mail over SMTP or to the outbox, and the public URL for links in
 * mail, with the same defaults and checks as `waarborg serve`. Throws ConfigError, whose message names
 * the setting and never its value.
 */
export async function settingsFromEnv(
  env: NodeJS.ProcessEnv,
  options: ContextFromEnvOptions = {},
): Promise<SettingsFromEnv> {
  const registerPath = options.registerPath ?? env.WAARBORG_REGISTER;
  if (!registerPath)
    throw new ConfigError("no register: set WAARBORG_REGISTER (or give --register) to the privacy.yaml");
  const config = resolveConfig({ register: registerPath }, env);
  let dataKey: Buffer;
  try {
    dataKey = loadDataKey(env);
  } catch (error) {
    if (error instanceof KeyConfigError) throw new ConfigError(error.message);
    throw error;
  }
  let register = options.register;
  if (!register) {
    const loaded = await loadRegister(registerPath);
    if (!loaded.register) {
      const errors = loaded.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
      throw new ConfigError(`the register does not load:\n${errors.join("\n")}`);
    }
    register = loaded.register;
  }
  return { config, register, registerPath, dataKey, env };
}

/** The context from checked settings, on a store and queue the caller opened. */
export function contextFromSettings(
  settings: SettingsFromEnv,
  store: Store,
  queue: JobQueue,
  now: () => Date = () => new Date(),
): ContextFromEnv {
  const mailer = mailerFor(settings.config, store, now);
  const ctx = createServiceContext({
    store,
    queue,
    mailer,
    register: settings.register,
    registerPath: settings.registerPath,
    dataKey: settings.dataKey,
    now,
    publicUrl: settings.config.publicUrl,
    env: settings.env,
  });
  return { ctx, close: () => mailer.close?.() };
}

/**
 * The operations' context for a process that reads its settings from the environment only, such as
 * `waarborg worker` (see settingsFromEnv), so a worker beside a service writes the same links and
 * sends the same way. The dataset URLs (DEMO_DATABASE_URL, ...), the masking key and the webhook
 * secret are read from `env` when a job needs them.
 */
export async function serviceContextFromEnv(
  env: NodeJS.ProcessEnv,
  store: Store,
  queue: JobQueue,
  options: ContextFromEnvOptions = {},
): Promise<ContextFromEnv> {
  return contextFromSettings(await settingsFromEnv(env, options), store, queue, options.now);
}
