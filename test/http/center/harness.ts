import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Writable } from "node:stream";
import { inflateRawSync } from "node:zlib";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { openConnector } from "../../../src/connectors/open.js";
import { buildApp } from "../../../src/http/app.js";
import type { FilingLimits } from "../../../src/http/center/filing-limit.js";
import { createQueue } from "../../../src/jobs/create.js";
import { registerHandlers } from "../../../src/jobs/handlers.js";
import { serviceHandlers } from "../../../src/service/handlers.js";
import type { ServiceContext } from "../../../src/context/index.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import { createServiceContext } from "../../../src/service/context.js";
import { prepareDemoDatabase } from "../../../src/service/demo-database.js";
import { createLogger } from "../../../src/service/logger.js";
import { recordStatementVersion } from "../../../src/statement/archive.js";
import { openTestStore, type StoreKind } from "../../helpers/stores.js";
import { demoRegister } from "../../service/helpers.js";
import type { Register } from "../../../src/register/index.js";

export const PUBLIC_URL = "http://center.test";
/** Small, so seeding stays quick; the seed is fixed, so the same people exist in every run. */
const DEMO_SUBJECTS = 20;

export interface Center {
  app: FastifyInstance;
  ctx: ServiceContext;
  /** Every log line the app wrote, as text. */
  logs: string[];
  demoUrl: string;
  /** Moves the service's clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/**
 * The privacy center on a fresh store of the kind asked for and the seeded demo database in the store's
 * folder, with the store's default job queue (pg-boss on PostgreSQL) running the service's handlers and
 * the outbox as the mail transport. The
 * suites file many requests for the same few addresses from one client, so the filing limits are
 * raised unless a test passes its own.
 */
export async function startCenter(
  kind: StoreKind,
  options: {
    filingLimits?: Partial<FilingLimits>;
    trustProxy?: false | number | string[];
    /** Changes to the demo register, e.g. one without automated decisions. */
    register?: (register: Register) => Register;
  } = {},
): Promise<Center> {
  const testStore = await openTestStore(kind);
  const { store, dir } = testStore;
  const demoUrl = `sqlite:${join(dir, "demo.db")}`;
  await prepareDemoDatabase(demoUrl, DEMO_SUBJECTS);
  const demo = await demoRegister();
  const register = options.register ? options.register(demo) : demo;
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  await recordStatementVersion(store, register, now());
  const queue = createQueue(store, { pollIntervalMs: 20, retryDelayMs: 50 });
  const ctx = createServiceContext({
    store,
    queue,
    register,
    registerPath: "examples/demo/privacy.yaml",
    dataKey: randomBytes(32),
    now,
    publicUrl: PUBLIC_URL,
    env: { DEMO_DATABASE_URL: demoUrl, WAARBORG_MASKING_KEY: randomBytes(24).toString("base64url") },
  });
  await queue.start();
  await registerHandlers(queue, serviceHandlers(ctx));
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = buildApp(ctx, {
    logger: createLogger({ level: "debug", destination }),
    filingLimits: options.filingLimits ?? { perEmail: 1000, perClient: 1000 },
    trustProxy: options.trustProxy,
  });
  await app.ready();
  return {
    app,
    ctx,
    logs,
    demoUrl,
    advance: (ms) => {
      offset += ms;
    },
    close: async () => {
      await app.close();
      await queue.stop();
      await testStore.close();
    },
  };
}

/** A person the demo database knows: the first user's address. */
export async function knownEmail(demoUrl: string): Promise<string> {
  const connector = await openConnector(demoUrl);
  try {
    const row = await connector.db.selectFrom("users").select("email").orderBy("id").limit(1).executeTakeFirstOrThrow();
    return String(row.email);
  } finally {
    await connector.close();
  }
}

/** The six-digit code in the newest message to `email`. */
export async function codeFromOutbox(center: Center, email: string): Promise<string> {
  const [mail] = await listOutbox(center.ctx.store, { to: email, limit: 1 });
  const code = /\b(\d{6})\b/.exec(mail?.subject ?? "")?.[1];
  if (!code) throw new Error("no code in the outbox");
  return code;
}

/** The newest message to `email`. */
export async function newestMail(center: Center, email: string) {
  const [mail] = await listOutbox(center.ctx.store, { to: email, limit: 1 });
  if (!mail) throw new Error("no mail in the outbox");
  return mail;
}

export function form(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  return params.toString();
}

export const FORM_HEADERS = { "content-type": "application/x-www-form-urlencoded" };

/** The cookie header that sends back what a response set. */
export function cookieFrom(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Files a request through the form and returns the response (a 303 to "check your e-mail"). */
export function postRequest(center: Center, fields: Record<string, string | string[]>, lang = "en") {
  return center.app.inject({ method: "POST", url: `/${lang}/request`, headers: FORM_HEADERS, payload: form(fields) });
}

/** Files and verifies a request with the code from the outbox; returns the status page's path. */
export async function fileAndVerify(center: Center, type: string, email: string, extra: Record<string, string> = {}) {
  const filed = await postRequest(center, { type, email, lang: "en", ...extra });
  if (filed.statusCode !== 303) throw new Error(`filing answered ${filed.statusCode}`);
  const code = await codeFromOutbox(center, email);
  const verified = await center.app.inject({
    method: "POST",
    url: "/en/verify",
    headers: { ...FORM_HEADERS, cookie: cookieFrom(filed) },
    payload: form({ code }),
  });
  if (verified.statusCode !== 303) throw new Error(`verifying answered ${verified.statusCode}`);
  return String(verified.headers.location);
}

/** The entries of a ZIP archive (as the package writer makes them: deflated, sizes in the local headers). */
export function unzip(archive: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let at = 0;
  while (archive.readUInt32LE(at) === 0x04034b50) {
    const size = archive.readUInt32LE(at + 18);
    const nameLength = archive.readUInt16LE(at + 26);
    const extra = archive.readUInt16LE(at + 28);
    const name = archive.subarray(at + 30, at + 30 + nameLength).toString("utf8");
    const start = at + 30 + nameLength + extra;
    entries.set(name, inflateRawSync(archive.subarray(start, start + size)));
    at = start + size;
  }
  return entries;
}

/** Element ids, labels and headings of a page, read with patterns good enough for our own markup. */
export function pageFacts(html: string) {
  const inputs = [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)]
    .map((m) => m[2] ?? "")
    .filter((attrs) => !/type="hidden"/.test(attrs))
    .map((attrs) => /\bid="([^"]+)"/.exec(attrs)?.[1]);
  const labels = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]));
  return {
    lang: /<html lang="([a-z]+)"/.exec(html)?.[1],
    h1: (html.match(/<h1[\s>]/g) ?? []).length,
    inputs,
    unlabelled: inputs.filter((id) => id === undefined || !labels.has(id)),
  };
}
