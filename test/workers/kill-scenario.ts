import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RawBuilder, sql } from "kysely";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { createDemoSchema } from "../../src/demo/schema.js";
import { seedDemo } from "../../src/demo/seed.js";
import { isEmailAddress } from "../../src/identifiers/email.js";
import { createQueue } from "../../src/jobs/create.js";
import type { JobQueue } from "../../src/jobs/queue.js";
import type { ServiceContext } from "../../src/context/index.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { PROCESS_QUEUE } from "../../src/requests/processing.js";
import { listOutbox } from "../../src/mail/outbox.js";
import { serviceContextFromEnv } from "../../src/service/context.js";
import type { Store } from "../../src/store/open.js";
import { createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { openTestStore, type TestStore } from "../helpers/stores.js";
import { dropQuietly } from "../helpers/quiet-drop.js";
import { WebhookEndpoint } from "./webhook-endpoint.js";
import { activeAtKill, measureTakeover, type Takeover } from "./takeover.js";
import { WorkerProcess } from "./worker-process.js";

export interface KillScenarioOptions {
  /** Requests filed and verified before any worker starts. */
  requests: number;
  /** People in the demo database; at least `requests`, so each request is someone else's. */
  subjects: number;
  /** Every n-th request is an erasure (approved by the privacy officer); the others are access requests. */
  erasureEvery: number;
  /**
   * The job lease: how soon the killed worker's jobs go to another worker. Absent: the production
   * settings throughout (lease, heartbeat and retry delay as a deploy without overrides has them).
   */
  leaseSeconds?: number;
  /** Give up when the requests are not all done this long after the workers started. */
  timeoutMs: number;
  /** Progress lines, for the benchmark. */
  log?: (line: string) => void;
}

export interface FiledCase {
  id: string;
  type: "access" | "erasure";
  email: string;
}

export interface KillRun {
  store: Store;
  demo: Connector;
  cases: FiledCase[];
  /** The helpdesk's Art. 19 webhook, as the register the workers run names it. */
  endpoint: WebhookEndpoint;
  /** This process's context: the same environment as the workers'. */
  ctx: ServiceContext;
  killed: { exit: { code: number | null; signal: NodeJS.Signals | null }; completedBefore: number; activeJobs: number };
  /** The survivor's and the replacement's exits after SIGTERM. */
  stopped: { code: number | null; signal: NodeJS.Signals | null }[];
  workers: WorkerProcess[];
  timings: { fileMs: number; readyMs: number; processMs: number; afterKillMs: number };
  /** The killed worker's jobs, started again by another worker. */
  takeover: Takeover;
  close(): Promise<void>;
}

/** pg-boss keeps its jobs in this table (schema "pgboss", as src/jobs/pg-boss-queue.ts sets it up). */
const BOSS_JOBS = sql.table("pgboss.job");
const WEBHOOK_SECRET = "kill-test-webhook-secret-0123456789";
const OFFICER = "user:privacy-officer";
/** Each worker runs this many request jobs at once (serviceHandlers): more active means two workers hold some. */
const PROCESS_CONCURRENCY = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo register in a folder of its own, with the helpdesk's Art. 19 webhook pointed at `webhook`. */
function registerCopy(dir: string, webhook: string): string {
  const demo = new URL("../../examples/demo/", import.meta.url);
  const privacy = readFileSync(new URL("privacy.yaml", demo), "utf8");
  const pointed = privacy.replace("https://helpdesk.example/privacy-hook", webhook);
  if (pointed === privacy) throw new Error("the demo register no longer has the helpdesk webhook this scenario points");
  writeFileSync(join(dir, "privacy.yaml"), pointed);
  writeFileSync(join(dir, "datasets.yaml"), readFileSync(new URL("datasets.yaml", demo)));
  return join(dir, "privacy.yaml");
}

/** The code in the latest code mail about one request, read from the outbox as the person reads their mail. */
async function codeFromOutbox(store: Store, email: string, statusToken: string): Promise<string> {
  const mails = (await listOutbox(store, { to: email })).filter((m) => m.text.includes(`/status/${statusToken}`));
  const code = /^ {4}(\d{6})$/m.exec(mails[0]?.text ?? "")?.[1];
  if (!code) throw new Error("no code mail in the outbox");
  return code;
}

/** Files, verifies (and for an erasure approves) one request, each step through the operation layer. */
async function fileAndVerify(ctx: ServiceContext, type: FiledCase["type"], email: string): Promise<FiledCase> {
  const filed = await fileRequest(ctx, { type, identities: [{ type: "email", value: email }], lang: "nl" });
  const code = await codeFromOutbox(ctx.store, email, filed.statusToken);
  const verified = await verifyRequest(ctx, { ...filed, code });
  if (!verified.ok) throw new Error(`verification refused: ${verified.reason}`);
  if (type === "erasure") await approveRequest(ctx, { requestId: filed.requestId, actor: OFFICER });
  return { id: filed.requestId, type, email };
}

/** Runs `work` over `items` with at most `limit` at once, keeping the items' order in the result. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

async function count(store: Store, query: RawBuilder<{ n: string }>): Promise<number> {
  return Number((await query.execute(store.db)).rows[0]?.n ?? 0);
}

const finished = (store: Store) =>
  count(store, sql`select count(*) as n from requests where status in ('completed', 'partially_completed')`);
const activeProcessJobs = (store: Store) =>
  count(store, sql`select count(*) as n from ${BOSS_JOBS} where name = ${PROCESS_QUEUE} and state = 'active'`);
const unsettledJobs = (store: Store) =>
  count(store, sql`select count(*) as n from ${BOSS_JOBS} where state < 'completed'`);

/**
 * Two `waarborg worker` processes on PostgreSQL work through requests queued on pg-boss; when about a
 * third is done, one of them is killed with SIGKILL while it holds jobs, and a replacement is started,
 * as a supervisor would. Returns once every request is finished and no job is left, with the store
 * and the demo database open for the checks (kill-outcome.ts).
 */
export async function runKillScenario(options: KillScenarioOptions): Promise<KillRun> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), "waarborg-kill-"));
  const databases: TestDatabase[] = [];
  const workers: WorkerProcess[] = [];
  const endpoint = new WebhookEndpoint(WEBHOOK_SECRET);
  let testStore: TestStore | undefined;
  let demo: Connector | undefined;
  let queue: JobQueue | undefined;
  const close = async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await queue?.stop({ timeoutMs: 2000 });
    await demo?.close();
    await testStore?.close();
    await endpoint.close();
    await Promise.all(databases.map(dropQuietly));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    testStore = await openTestStore("postgres");
    const store = testStore.store;
    const demoDb = await createTestDatabase("postgres");
    databases.push(demoDb);
    demo = await openConnector(demoDb!.url);
    await createDemoSchema(demo);
    await seedDemo(demo, { subjects: options.subjects, seed: 11 });
    log(`seeded the demo database with ${options.subjects} people`);

    // One environment for the workers and for this process's context: the same register, keys and links.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: testStore.url,
      DEMO_DATABASE_URL: demoDb.url,
      WAARBORG_REGISTER: registerCopy(dir, await endpoint.listen()),
      WAARBORG_DATA_KEY: randomBytes(32).toString("base64"),
      WAARBORG_MASKING_KEY: randomBytes(24).toString("base64url"),
      WAARBORG_WEBHOOK_SECRET: WEBHOOK_SECRET,
      WAARBORG_PUBLIC_URL: "https://privacy.klantwijs.example",
      LOG_LEVEL: "info",
    };
    delete env.WAARBORG_SMTP_URL;
    delete env.WAARBORG_JOB_LEASE_SECONDS;
    delete env.WAARBORG_JOB_HEARTBEAT_SECONDS;
    const lease = options.leaseSeconds;
    if (lease !== undefined) env.WAARBORG_JOB_LEASE_SECONDS = String(lease);
    // This process only sends (verify and approve queue the jobs); pg-boss fixes a job's first lease
    // when it is sent, so the sender uses the workers' lease. A shortened run retries after a second.
    queue = createQueue(store, {
      runner: "pg-boss",
      ...(lease === undefined ? {} : { leaseMs: lease * 1000, retryDelayMs: 1000, pollIntervalMs: 250 }),
    });
    await queue.start();
    const { ctx } = await serviceContextFromEnv(env, store, queue);

    const emails = (await demo.db.selectFrom("users").select("email").orderBy("id").execute())
      .map((u) => String(u.email))
      // The demo also holds people whose address the privacy center would refuse; they cannot file.
      .filter((email) => isEmailAddress(email) && !email.includes("hostile"))
      .slice(0, options.requests);
    if (emails.length < options.requests) throw new Error(`the demo has only ${emails.length} usable people`);
    let started = performance.now();
    const cases = await inBatches(emails, 4, (email, i) =>
      fileAndVerify(ctx, i % options.erasureEvery === options.erasureEvery - 1 ? "erasure" : "access", email),
    );
    const fileMs = performance.now() - started;
    const queued = await count(
      store,
      sql`select count(*) as n from ${BOSS_JOBS} where name = ${PROCESS_QUEUE} and state = 'created'`,
    );
    if (queued !== options.requests) throw new Error(`${queued} jobs queued for ${options.requests} requests`);
    log(`filed and verified ${cases.length} requests in ${(fileMs / 1000).toFixed(1)} s; ${queued} jobs queued`);

    started = performance.now();
    const [doomed, survivor] = [new WorkerProcess("worker A", env), new WorkerProcess("worker B", env)];
    workers.push(doomed!, survivor!);
    await Promise.all(workers.map((w) => w.ready()));
    const readyMs = performance.now() - started;
    log(`two workers ready after ${(readyMs / 1000).toFixed(1)} s`);

    // Kill when a third is done and worker A is certainly inside a job: more jobs are active than
    // worker B alone may hold. Half-way at the latest, whatever is active then.
    started = performance.now();
    const deadline = started + options.timeoutMs;
    let done = 0;
    let active = 0;
    for (;;) {
      [done, active] = [await finished(store), await activeProcessJobs(store)];
      if (done >= options.requests / 3 && (active > PROCESS_CONCURRENCY || done >= options.requests / 2)) break;
      if (performance.now() > deadline) throw new Error(`only ${done} requests done before the kill`);
      await sleep(100);
    }
    doomed!.kill("SIGKILL");
    const killedAt = performance.now();
    const atKill = await activeAtKill(store);
    const exit = await doomed!.exited;
    log(`killed worker A with SIGKILL at ${done} done, ${active} jobs active`);
    const replacement = new WorkerProcess("worker C", env);
    workers.push(replacement);
    await replacement.ready();

    while ((await finished(store)) < options.requests || (await unsettledJobs(store)) > 0) {
      if (performance.now() > deadline)
        throw new Error(
          `${await finished(store)} of ${options.requests} requests done, ${await unsettledJobs(store)} jobs left`,
        );
      await sleep(250);
    }
    const processMs = performance.now() - started;
    const afterKillMs = performance.now() - killedAt;
    log(`all ${options.requests} requests done ${(processMs / 1000).toFixed(1)} s after the workers started`);
    const takeover = await measureTakeover(store, atKill);
    const stopped = await Promise.all([survivor!.stop(), replacement.stop()]);
    return {
      store,
      demo,
      cases,
      endpoint,
      ctx,
      killed: { exit, completedBefore: done, activeJobs: active },
      stopped,
      workers,
      timings: { fileMs, readyMs, processMs, afterKillMs },
      takeover,
      close,
    };
  } catch (error) {
    const logs = workers.map((w) => `--- ${w.name}:\n${w.output().slice(-4000)}`).join("\n");
    await close().catch(() => {});
    throw new Error(`${(error as Error).message}\n${logs}`, { cause: error });
  }
}
