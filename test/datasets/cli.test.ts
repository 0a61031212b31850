import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { openStore, type Store } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";
import { createFixtureSchema, FIXTURE_REGISTER } from "./fixture.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-cli-"));
const registerFile = join(dir, "privacy.yaml");
const accessOnlyFile = join(dir, "access-only.yaml");
const url = `sqlite:${join(dir, "app.db")}`;
const storeFile = join(dir, "store.db");
const storeUrl = `sqlite:${storeFile}`;
const saved = { ...process.env };
let connector: Connector;

/** The fixture's register with a recipient told by webhook (Art. 19), and one that offers access alone. */
const REGISTER = `${FIXTURE_REGISTER}
recipients:
  crm:
    name: CRM B.V.
    kind: processor
    notify: { webhook: "https://crm.example/hook" }
`;
const ACCESS_ONLY = `${FIXTURE_REGISTER}
rights: { supported: [access] }
`;

/** The store as the CLI left it: a store of its own, opened after the command closed its own. */
async function inStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url: storeUrl });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const requestCount = () =>
  existsSync(storeFile) ? inStore(async (s) => (await s.db.selectFrom("requests").select("id").execute()).length) : 0;

async function trail(requestId: string) {
  return inStore(async (store) => ({
    request: await store.db.selectFrom("requests").selectAll().where("id", "=", requestId).executeTakeFirstOrThrow(),
    events: await store.db
      .selectFrom("request_events")
      .selectAll()
      .where("request_id", "=", requestId)
      .orderBy("id")
      .execute(),
    audit: await store.db
      .selectFrom("audit_log")
      .selectAll()
      .where("subject_id", "=", requestId)
      .orderBy("seq")
      .execute(),
    jobs: await store.db.selectFrom("jobs").select(["queue", "payload"]).execute(),
  }));
}

const requestIdIn = (stdout: string) => /^Request ([0-9a-f-]{36}) /m.exec(stdout)?.[1];

beforeAll(async () => {
  writeFileSync(registerFile, REGISTER);
  writeFileSync(accessOnlyFile, ACCESS_ONLY);
  connector = await openConnector(url);
  await createFixtureSchema(connector.db);
  await connector.db.insertInto("orgs").values({ id: 1, name: "Org" }).execute();
  await connector.db
    .insertInto("users")
    .values([
      { id: 1, org_id: 1, email: "ann@example.nl", name: "Ann", phone: "+31611111111" },
      { id: 2, org_id: 1, email: "ben@example.nl", name: "Ben", phone: null },
    ])
    .execute();
  await connector.db
    .insertInto("tickets")
    .values({ id: 1, user_id: 1, subject: "Login", body: "cannot log in" })
    .execute();
  await connector.db
    .insertInto("invoices")
    .values({ id: 1, user_id: 1, billing_name: "Ann", issued_at: "2025-01-01" })
    .execute();
  process.env.FIXTURE_DATABASE_URL = url;
  process.env.WAARBORG_MASKING_KEY = "cli-test-key-0123456789";
  process.env.WAARBORG_DATA_KEY = randomBytes(32).toString("base64");
  delete process.env.DATABASE_URL;
  delete process.env.WAARBORG_SMTP_URL;
});

afterAll(async () => {
  process.env = saved;
  await connector.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("request commands", () => {
  it("plan shows the order, the SQL with placeholders and the effects, without connecting", async () => {
    const { code, stdout } = await runCli([
      "plan",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--type",
      "erasure",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('select * from "users" where lower(trim("email")) in (?)');
    expect(stdout).toContain(
      "note: email is matched trimmed and ignoring case, so an index on email alone does not serve",
    );
    expect(stdout).toMatch(/invoices[\s\S]*kept under legal_obligation \(AWR art\. 52\(4\)\)/);
    expect(stdout.indexOf("messages")).toBeLessThan(stdout.indexOf("tickets ("));
    expect(stdout).not.toContain("ann@example.nl");
  });

  it("plan --count and check --connect name a column the database does not have, and fail", async () => {
    const misspelt = join(dir, "misspelt.yaml");
    writeFileSync(
      misspelt,
      REGISTER.replace("subject: { category: communication.support }", "subjct: { category: communication.support }"),
    );
    const plan = await runCli([
      "plan",
      "--register",
      misspelt,
      "--identity",
      "email=ann@example.nl",
      "--type",
      "erasure",
      "--count",
    ]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain('! would fail: tickets: table "tickets" has no column "subjct" (a declared field)');
    const check = await runCli(["check", misspelt, "--connect"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('tickets: table "tickets" has no column "subjct"');
    expect(check.stdout).toContain("dataset-live-schema");
    const fine = await runCli(["check", registerFile, "--connect"]);
    expect(fine.stdout).not.toContain("dataset-live-schema");
  });

  it("plan --count counts rows per collection", async () => {
    const { stdout } = await runCli([
      "plan",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--count",
      "--json",
    ]);
    const plan = JSON.parse(stdout);
    const rows = Object.fromEntries(
      plan.steps.map((s: { collection: string; rows: number }) => [s.collection, s.rows]),
    );
    expect(rows).toEqual({ users: 1, tickets: 1, invoices: 1, newsletter: 0, messages: 0, logins: 0 });
  });

  it("plan of an objection names no database step and says no system is reached", async () => {
    const args = ["plan", "--register", registerFile, "--identity", "email=ann@example.nl", "--type", "objection"];
    const { code, stdout } = await runCli(args);
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Plan for an objection request, starting from: email\n\n" +
        "The register's databases are not changed: it names no dataset operation for this type.\n\n" +
        "No system is reached over an API.\n",
    );
    const json = await runCli([...args.slice(0, -1), "withdrawal", "--json"]);
    expect(JSON.parse(json.stdout)).toEqual({ type: "withdrawal", systems: [], tasks: [], skippedTasks: [] });
  });

  it("rejects an unknown identity type without echoing the value", async () => {
    const { code, stderr } = await runCli(["plan", "--register", registerFile, "--identity", "bsn=111222333"]);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown identity type "bsn"');
    expect(stderr).not.toContain("111222333");
  });

  it("plan records nothing", async () => {
    const before = await requestCount();
    const { code } = await runCli([
      "plan",
      "--register",
      registerFile,
      "--identity",
      "email=ann@example.nl",
      "--count",
    ]);
    expect(code).toBe(0);
    expect(await requestCount()).toBe(before);
  });

  it("access writes data.json, CSVs, index.html and index.pdf and leaves a completed request", async () => {
    const out = join(dir, "package");
    const { code, stdout, stderr } = await runCli([
      "access",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ann@example.nl",
      "-o",
      out,
      "--lang",
      "en",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("data.json");
    const data = JSON.parse(readFileSync(join(out, "data.json"), "utf8"));
    expect(data.collections.users.rows).toHaveLength(1);
    expect(data.collections.users.rows[0].email).toBe("ann@example.nl");
    expect(JSON.stringify(data)).not.toContain("ben@example.nl");
    expect(readFileSync(join(out, "users.csv"), "utf8")).toContain("ann@example.nl");
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain('lang="en"');
    expect(html).toContain("Your data at Test B.V.");
    expect(readFileSync(join(out, "index.pdf")).subarray(0, 5).toString()).toBe("%PDF-");

    const { request, events } = await trail(requestIdIn(stdout)!);
    expect(request).toMatchObject({ type: "access", status: "completed", lang: "en" });
    expect(events.map((e) => e.kind)).toEqual([
      "received",
      "operator_verified",
      "start",
      "complete",
      "package_created",
    ]);
    expect(
      await inStore((s) => s.db.selectFrom("packages").select("id").where("request_id", "=", request.id).execute()),
    ).toHaveLength(1);
  });

  it("access for an address nobody has says so in the package and on the terminal, and exits 3", async () => {
    const out = join(dir, "nobody");
    const { code, stdout } = await runCli([
      "access",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=niemand@example.nl",
      "-o",
      out,
    ]);
    expect(code).toBe(3);
    expect(stdout).toContain("We hold no data about these identities.");
    expect(stdout).toContain("Wij hebben geen gegevens over deze identiteiten.");
    expect(stdout).not.toContain("niemand@example.nl");
    const data = JSON.parse(readFileSync(join(out, "data.json"), "utf8"));
    expect(data).toMatchObject({ found_data: false, collections: {} });
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Wij hebben geen gegevens over deze identiteiten.");
    const { request } = await trail(requestIdIn(stdout)!);
    expect(request).toMatchObject({ type: "access", status: "completed" });
  });

  it("access finds an address typed with spaces and capitals", async () => {
    const out = join(dir, "typed");
    const { code } = await runCli([
      "access",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=  Ann@EXAMPLE.nl ",
      "-o",
      out,
    ]);
    expect(code).toBe(0);
    const data = JSON.parse(readFileSync(join(out, "data.json"), "utf8"));
    expect(data.found_data).toBe(true);
    expect(data.collections.users.rows.map((r: { id: number }) => r.id)).toEqual([1]);
  });

  it("rectify refuses a value that does not fit the field's category, naming the option and never the value", async () => {
    const before = await requestCount();
    const bad = await runCli([
      "rectify",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ann@example.nl",
      "--set",
      "users.phone=not-a-phone",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("refused: --set #1: the value is not a phone number");
    expect(bad.stderr).not.toContain("not-a-phone");
    expect(await requestCount()).toBe(before);
  });

  it("rectify corrects through a request with its events and audit entries, and the audit log verifies", async () => {
    const good = await runCli([
      "rectify",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ann@example.nl",
      "--set",
      "users.name=Ann de Vries",
    ]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("users.name: 1 row(s) corrected");
    expect(good.stdout).not.toContain("Ann de Vries");
    const row = await connector.db.selectFrom("users").select("name").where("id", "=", 1).executeTakeFirst();
    expect(row?.name).toBe("Ann de Vries");
    const { request, events, audit } = await trail(requestIdIn(good.stdout)!);
    expect(request.status).toBe("completed");
    expect(events.map((e) => `${e.kind}/${e.actor}`)).toEqual([
      "received/operator",
      "operator_verified/operator",
      "start/worker",
      "complete/worker",
      "recipient_notify_queued/worker",
    ]);
    expect(audit.map((a) => a.action)).toEqual(events.map((e) => `request.${e.kind}`));
    expect(JSON.stringify(audit)).not.toContain("Ann de Vries");
    const verify = await runCli(["audit", "verify", "--store", storeUrl]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("audit log intact");
  });

  it("rectify refuses a held invoice without --override-hold, and records the override's reason in the audit log", async () => {
    const args = ["rectify", "--register", registerFile, "--store", storeUrl, "--identity", "email=ann@example.nl"];
    const before = await requestCount();
    const refused = await runCli([...args, "--set", "invoices.billing_name=Ann de Wit"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("refused: --set: invoices: 1 row(s) are kept under a legal hold");
    expect(await requestCount()).toBe(before);
    const reason = "the tax office asked for the corrected name";
    const good = await runCli([...args, "--set", "invoices.billing_name=Ann de Wit", "--override-hold", reason]);
    expect(good.code).toBe(0);
    const { audit } = await trail(requestIdIn(good.stdout)!);
    const complete = audit.find((a) => a.action === "request.complete");
    expect(JSON.stringify(complete)).toContain(reason);
    expect(JSON.stringify(audit)).not.toContain("Ann de Wit");
    const row = await connector.db.selectFrom("invoices").select("billing_name").where("id", "=", 1).executeTakeFirst();
    expect(row?.billing_name).toBe("Ann de Wit");
  });

  it("rectify refuses an e-mail that belongs to another person before filing a request", async () => {
    const before = await requestCount();
    const refused = await runCli([
      "rectify",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ann@example.nl",
      "--set",
      "users.email=ben@example.nl",
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the new value already identifies another person");
    expect(refused.stderr).not.toContain("ben@");
    expect(await requestCount()).toBe(before);
  });

  it("restrict marks through a request, and --lift lifts that request's restriction", async () => {
    const marked = await runCli([
      "restrict",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ann@example.nl",
    ]);
    expect(marked.code).toBe(0);
    expect(marked.stdout).toContain("users: 1 row(s) restricted (restricted_at)");
    expect(marked.stdout).toContain("tickets: no restriction marker declared");
    expect(marked.stdout).toContain("partially completed");
    const requestId = requestIdIn(marked.stdout)!;
    const restricted = await connector.db
      .selectFrom("users")
      .select("restricted_at")
      .where("id", "=", 1)
      .executeTakeFirst();
    expect(restricted?.restricted_at).not.toBeNull();

    const lifted = await runCli([
      "restrict",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--lift",
      "--request",
      requestId,
    ]);
    expect(lifted.code).toBe(0);
    expect(lifted.stdout).toContain("users: 1 row(s) lifted");
    const row = await connector.db.selectFrom("users").select("restricted_at").where("id", "=", 1).executeTakeFirst();
    expect(row?.restricted_at).toBeNull();
    const { events, audit } = await trail(requestId);
    expect(events.at(-1)).toMatchObject({ kind: "restriction_lifted", actor: "operator" });
    expect(audit.at(-1)).toMatchObject({ action: "request.restriction_lifted", actor: "operator" });
    expect((await runCli(["audit", "verify", "--store", storeUrl])).code).toBe(0);

    const without = await runCli(["restrict", "--register", registerFile, "--store", storeUrl, "--lift"]);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("--lift needs --request <id>");
  });

  it("erase --dry-run changes nothing and records no request", async () => {
    const before = await requestCount();
    const dry = await runCli([
      "erase",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ann@example.nl",
      "--dry-run",
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("Dry run: nothing was changed, and no request was recorded.");
    expect((await connector.db.selectFrom("users").select("email").where("id", "=", 1).executeTakeFirst())?.email).toBe(
      "ann@example.nl",
    );
    expect(await requestCount()).toBe(before);
  });

  it("erase masks, reports the kept invoice and the queued Art. 19 notice, and leaves a request", async () => {
    const done = await runCli([
      "erase",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ann@example.nl",
    ]);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/invoices: 1 found, 0 masked, 1 kept/);
    expect(done.stdout).toContain("AWR art. 52(4)");
    expect(done.stdout).toContain("queued for crm on the service store's queue");
    expect(done.stdout).toContain("`waarborg worker`");
    expect(done.stdout).toContain("The person was not mailed");
    const email = (await connector.db.selectFrom("users").select("email").where("id", "=", 1).executeTakeFirst())
      ?.email;
    expect(email).not.toBe("ann@example.nl");

    const { request, events, audit, jobs } = await trail(requestIdIn(done.stdout)!);
    expect(request).toMatchObject({ type: "erasure", status: "partially_completed" });
    expect(events.map((e) => e.kind)).toEqual([
      "received",
      "operator_verified",
      "start",
      "complete_partially",
      "recipient_notify_queued",
    ]);
    expect(audit.filter((a) => a.actor === "operator").map((a) => a.action)).toEqual([
      "request.received",
      "request.operator_verified",
    ]);
    expect(jobs.filter((j) => j.queue === "recipient.notify").map((j) => JSON.parse(j.payload))).toContainEqual({
      requestId: request.id,
      recipient: "crm",
    });
    const verify = await runCli(["audit", "verify", "--store", storeUrl]);
    expect(verify.code).toBe(0);
  });

  it("refuses a right the register does not offer, naming the field, and records nothing", async () => {
    const before = await requestCount();
    const { code, stderr } = await runCli([
      "erase",
      "--register",
      accessOnlyFile,
      "--store",
      storeUrl,
      "--identity",
      "email=ben@example.nl",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("refused: type: the register does not offer this right (rights.supported)");
    expect(await requestCount()).toBe(before);
    expect((await connector.db.selectFrom("users").select("email").where("id", "=", 2).executeTakeFirst())?.email).toBe(
      "ben@example.nl",
    );
  });

  it("refuses --notify without an e-mail identity", async () => {
    const { code, stderr } = await runCli([
      "erase",
      "--register",
      registerFile,
      "--store",
      storeUrl,
      "--identity",
      "phone=+31611111111",
      "--notify",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("refused: --notify: give an e-mail identity");
  });

  it("names the missing environment variable, not a URL, and records nothing", async () => {
    const before = await requestCount();
    delete process.env.FIXTURE_DATABASE_URL;
    try {
      const { code, stderr } = await runCli([
        "erase",
        "--register",
        registerFile,
        "--store",
        storeUrl,
        "--identity",
        "email=ben@example.nl",
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain("FIXTURE_DATABASE_URL is not set");
    } finally {
      process.env.FIXTURE_DATABASE_URL = url;
    }
    expect(await requestCount()).toBe(before);
  });

  it("wants the data key, and names it", async () => {
    const key = process.env.WAARBORG_DATA_KEY;
    delete process.env.WAARBORG_DATA_KEY;
    try {
      const { code, stderr } = await runCli([
        "erase",
        "--register",
        registerFile,
        "--store",
        `sqlite:${join(dir, "keyless", "store.db")}`,
        "--identity",
        "email=ben@example.nl",
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain("WAARBORG_DATA_KEY is not set");
    } finally {
      process.env.WAARBORG_DATA_KEY = key;
    }
    expect(existsSync(join(dir, "keyless"))).toBe(false);
  });
});
