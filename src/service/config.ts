import { fileURLToPath } from "node:url";
import { DEFAULT_STORE_URL, resolveStoreUrl, StoreConfigError } from "../store/index.js";
import { ConfigError } from "./config-error.js";
import { type ProxyTrust, proxyTrustFrom } from "./proxy-trust.js";

/** The demo register ships with the package: found from this file, so `serve --demo` works from any folder. */
export const DEMO_REGISTER = fileURLToPath(new URL("../../examples/demo/privacy.yaml", import.meta.url));

/** Where the embedded default keeps its files, relative to the folder the service runs in. */
export const DATA_DIR = ".waarborg";
export const DEMO_DATABASE_DEFAULT = `sqlite:${DATA_DIR}/demo.db`;
export const DEMO_SUBJECTS_DEFAULT = 500;
export const PORT_DEFAULT = 3000;
export const HOST_DEFAULT = "127.0.0.1";

export { ConfigError };

/**
 * Every setting of `waarborg serve`: its environment variable, its flag (secrets have none: a command
 * line is visible to every user of the machine) and what it means. docs/guide.md documents this list
 * in one table; a test keeps the two in step.
 */
export const SETTINGS = [
  { env: "PORT", flag: "--port", meaning: `the port to listen on (${PORT_DEFAULT})` },
  { env: "HOST", flag: "--host", meaning: `the address to listen on (${HOST_DEFAULT}; 0.0.0.0 for every interface)` },
  {
    env: "WAARBORG_PUBLIC_URL",
    flag: "--public-url",
    meaning: "the address people reach the service at, used in links in e-mail (http://localhost:<port>)",
  },
  {
    env: "WAARBORG_REGISTER",
    flag: "--register",
    meaning: "the register, privacy.yaml (the demo register with --demo)",
  },
  {
    env: "DATABASE_URL",
    flag: "--store",
    meaning: `the service store: postgres:// from the environment only, or --store sqlite:<path> (${DEFAULT_STORE_URL})`,
  },
  {
    env: "WAARBORG_DATA_KEY",
    flag: undefined,
    meaning: "32 random bytes as base64 (`openssl rand -base64 32`): encrypts identities and access packages",
  },
  {
    env: "WAARBORG_MASKING_KEY",
    flag: undefined,
    meaning: "16 or more characters: the secret for keyed-hash and random masking in erasures",
  },
  {
    env: "WAARBORG_SMTP_URL",
    flag: undefined,
    meaning: "smtp:// or smtps:// server for mail; without it mail goes to the outbox in the admin console",
  },
  { env: "WAARBORG_MAIL_FROM", flag: undefined, meaning: "the sender of mail over SMTP (required with SMTP)" },
  {
    env: "WAARBORG_WEBHOOK_SECRET",
    flag: undefined,
    meaning: "signs the webhooks that tell recipients of an erasure, rectification or restriction (Art. 19)",
  },
  {
    env: "WAARBORG_TENANT_CALLBACK_KEY",
    flag: undefined,
    meaning:
      "16 or more characters: the server key each tenant's callback secret is derived from; changing it rotates every tenant's secret",
  },
  {
    env: "WAARBORG_GRANT_SIGNING_KEY",
    flag: undefined,
    meaning:
      "an Ed25519 private key (PEM or base64 PKCS#8) that signs support access grant tokens; its public key is at /.well-known/jwks.json",
  },
  {
    env: "WAARBORG_GRANT_PUBLISHED_KEYS",
    flag: undefined,
    meaning:
      "after a key rotation, the earlier public keys (base64 SPKI, comma-separated) to keep in /.well-known/jwks.json",
  },
  {
    env: "DEMO_DATABASE_URL",
    flag: undefined,
    meaning: `the demo register's database (${DEMO_DATABASE_DEFAULT} with --demo, created and seeded on first start)`,
  },
  {
    env: "WAARBORG_ADMIN_EMAIL",
    flag: undefined,
    meaning: "the first admin account's address, created with a one-time password when the store has no users",
  },
  {
    env: "WAARBORG_TRUST_PROXY",
    flag: undefined,
    meaning:
      "behind reverse proxies: their number (1 for one proxy) or their addresses and CIDRs, comma-separated; the visitor's address is the one they appended to X-Forwarded-For (`true` is refused)",
  },
  {
    env: "WAARBORG_CONSENT_ORIGINS",
    flag: undefined,
    meaning:
      "more origins whose pages may post consent decisions, comma-separated (the register's website and the public URL always may)",
  },
  { env: "LOG_LEVEL", flag: undefined, meaning: "pino log level: fatal, error, warn, info (default), debug" },
  { env: undefined, flag: "--demo", meaning: "the embedded default: demo register, demo database, generated keys" },
  {
    env: undefined,
    flag: "--no-worker",
    meaning: "run no jobs in this process; `waarborg worker` processes on the same store run them",
  },
] as const;

export interface ServeFlags {
  demo?: boolean;
  port?: string;
  host?: string;
  publicUrl?: string;
  register?: string;
  store?: string;
  /** commander's `--no-worker` sets this false. */
  worker?: boolean;
}

export interface ServiceConfig {
  demo: boolean;
  host: string;
  port: number;
  /** Without a trailing slash. Undefined until known when neither the setting nor a fixed port gives it. */
  publicUrl: string | undefined;
  storeUrl: string;
  registerPath: string;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** The demo database, set only with --demo. */
  demoDatabaseUrl: string | undefined;
  demoSubjects: number;
  adminEmail: string;
  trustProxy: ProxyTrust;
  runWorker: boolean;
  logLevel: string;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function portFrom(text: string | undefined): number {
  if (text === undefined || text === "") return PORT_DEFAULT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError("PORT must be a number from 0 to 65535");
  return port;
}

function publicUrlFrom(text: string | undefined, host: string, port: number): string | undefined {
  if (text) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigError("WAARBORG_PUBLIC_URL must be an http:// or https:// address");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new ConfigError("WAARBORG_PUBLIC_URL must be an http:// or https:// address");
    if (url.username || url.password || url.search || url.hash)
      throw new ConfigError("WAARBORG_PUBLIC_URL must be a plain address, without user, query or fragment");
    return url.toString().replace(/\/+$/, "");
  }
  if (port === 0) return undefined;
  const local = host === "0.0.0.0" || host === "::" || host === "127.0.0.1" || host === "::1";
  return `http://${local ? "localhost" : host}:${port}`;
}

/** The service's settings from flags and the environment; flags win. Throws ConfigError. */
export function resolveConfig(flags: ServeFlags, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const demo = flags.demo === true;
  const host = flags.host ?? env.HOST ?? HOST_DEFAULT;
  const port = portFrom(flags.port ?? env.PORT);
  const registerPath = flags.register ?? env.WAARBORG_REGISTER ?? (demo ? DEMO_REGISTER : undefined);
  if (!registerPath)
    throw new ConfigError("no register: give --register <privacy.yaml> or WAARBORG_REGISTER, or use --demo");
  let storeUrl: string;
  try {
    storeUrl = resolveStoreUrl({ store: flags.store }, env);
  } catch (error) {
    if (error instanceof StoreConfigError) throw new ConfigError(error.message);
    throw error;
  }
  const smtpUrl = env.WAARBORG_SMTP_URL || undefined;
  const mailFrom = env.WAARBORG_MAIL_FROM || undefined;
  if (smtpUrl && !mailFrom) throw new ConfigError("WAARBORG_MAIL_FROM must be set when WAARBORG_SMTP_URL is");
  const logLevel = env.LOG_LEVEL || "info";
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`);
  return {
    demo,
    host,
    port,
    publicUrl: publicUrlFrom(flags.publicUrl ?? env.WAARBORG_PUBLIC_URL, host, port),
    storeUrl,
    registerPath,
    dataDir: DATA_DIR,
    smtpUrl,
    mailFrom,
    demoDatabaseUrl: demo ? env.DEMO_DATABASE_URL || DEMO_DATABASE_DEFAULT : undefined,
    demoSubjects: DEMO_SUBJECTS_DEFAULT,
    adminEmail: env.WAARBORG_ADMIN_EMAIL || "admin@waarborg.local",
    trustProxy: proxyTrustFrom(env.WAARBORG_TRUST_PROXY),
    runWorker: flags.worker !== false,
    logLevel,
  };
}
