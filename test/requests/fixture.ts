import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { calendarFor } from "../../src/deadlines/index.js";
import { createDemoSchema } from "../../src/demo/schema.js";
import { seedDemo } from "../../src/demo/seed.js";
import { createQueue } from "../../src/jobs/create.js";
import type { JobQueue } from "../../src/jobs/queue.js";
import type { ServiceContext } from "../../src/context/index.js";
import { listOutbox } from "../../src/mail/outbox.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { createServiceContext } from "../../src/service/context.js";
import type { Store } from "../../src/store/open.js";
import type { OutboxRow } from "../../src/store/schema.js";
import { openTestStore, type StoreKind } from "../helpers/stores.js";

export const WEBHOOK_SECRET = "test-webhook-secret-0123456789";

/** A settable clock: operations read it through ctx.now(). */
export class Clock {
  constructor(public time: number) {}
  now = () => new Date(this.time);
  set(iso: string) {
    this.time = Date.parse(iso);
  }
  advance(ms: number) {
    this.time += ms;
  }
}

export interface Fixture {
  ctx: ServiceContext;
  store: Store;
  demo: Connector;
  queue: JobQueue;
  clock: Clock;
  /** The command-line options that point `waarborg` at the fixture's store. */
  cliStore: string[];
  /** Seeded users' addresses, by user id order (the demo's hostile ones left out). */
  emails: string[];
  /** Every address in the users table, hostile ones included. */
  allEmails: string[];
  mailsTo(address: string): Promise<OutboxRow[]>;
  /** The code in the latest code mail to an address about one request (its status link is in the mail). */
  codeFor(address: string, statusToken: string): Promise<string>;
  close(): Promise<void>;
}

export interface FixtureOptions {
  /** The service store to run on (a fresh one of its own, see openTestStore); SQLite unless given. */
  store?: StoreKind;
  /** Changes to the demo register (e.g. rights.approval). */
  register?: (register: Register) => Register;
  start?: string;
  subjects?: number;
  /** The company's database to seed the demo into (a fresh one, see createTestDatabase); a SQLite file unless given. */
  demoUrl?: string;
}

/**
 * The service as the operations see it: a real store (of the kind asked for), the real request engine against
 * the seeded demo database (SQLite file, ~50 people), the outbox as mailer and a store queue that is
 * not started (tests run jobs by calling the operations, or start workers themselves).
 */
export async function lifecycleFixture(options: FixtureOptions = {}): Promise<Fixture> {
  const testStore = await openTestStore(options.store ?? "sqlite");
  const { store, dir } = testStore;
  const demoUrl = options.demoUrl ?? `sqlite:${join(dir, "demo.db")}`;
  const demo = await openConnector(demoUrl);
  await createDemoSchema(demo);
  await seedDemo(demo, { subjects: options.subjects ?? 50, seed: 3 });
  const loaded = await loadRegister("examples/demo/privacy.yaml");
  if (!loaded.register) throw new Error("the demo register does not load");
  const register = options.register ? options.register(loaded.register) : loaded.register;
  const clock = new Clock(Date.parse(options.start ?? "2026-03-02T09:00:00Z"));
  const queue = createQueue(store, { runner: "store", pollIntervalMs: 20, retryDelayMs: 50, leaseMs: 5000 });
  const ctx = createServiceContext({
    store,
    queue,
    register,
    registerPath: "examples/demo/privacy.yaml",
    dataKey: randomBytes(32),
    calendar: calendarFor("NL"),
    now: clock.now,
    publicUrl: "https://privacy.klantwijs.example/",
    env: {
      DEMO_DATABASE_URL: demoUrl,
      WAARBORG_MASKING_KEY: "lifecycle-test-masking-key-0123",
      WAARBORG_WEBHOOK_SECRET: WEBHOOK_SECRET,
    },
  });
  const users = await demo.db.selectFrom("users").select(["email"]).orderBy("id").execute();
  const allEmails = users.map((u) => String(u.email));
  const mailsTo = (address: string) => listOutbox(store, { to: address });
  return {
    ctx,
    store,
    demo,
    queue,
    clock,
    cliStore: testStore.cliArgs,
    allEmails,
    emails: allEmails.filter((e) => !e.includes("hostile")),
    mailsTo,
    async codeFor(address, statusToken) {
      const mails = (await mailsTo(address)).filter(
        (m) => /code/i.test(m.subject) && m.text.includes(`/status/${statusToken}\n`),
      );
      const code = /^ {4}(\d{6})$/m.exec(mails[0]?.text ?? "")?.[1];
      if (!code) throw new Error("no code mail in the outbox");
      return code;
    },
    async close() {
      await queue.stop({ timeoutMs: 2000 });
      await demo.close();
      await testStore.close();
    },
  };
}

/** The files of a ZIP archive (stored or deflated entries), read from its central directory. */
export async function unzip(archive: Buffer): Promise<Map<string, Buffer>> {
  const { inflateRawSync } = await import("node:zlib");
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a ZIP archive");
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error("broken central directory");
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30);
    const comment = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const packed = archive.subarray(dataAt, dataAt + size);
    files.set(name, method === 8 ? inflateRawSync(packed) : Buffer.from(packed));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}
