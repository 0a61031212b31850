import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStoredAudit } from "../../src/audit/store.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { downloadPackage } from "../../src/requests/operations/download-package.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { runOperatorRequest } from "../../src/requests/operations/operator-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { resendCode } from "../../src/requests/operations/resend-code.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { storeTitle, storeUnderTest } from "../helpers/stores.js";
import { type Fixture, lifecycleFixture, unzip } from "./fixture.js";

// Row locks and races between connections: what only PostgreSQL has. The rest of the lifecycle runs
// on both stores in the other suites.
const postgres = await storeUnderTest("postgres");

describe.runIf(postgres)(`the lifecycle under concurrency ${storeTitle("postgres")}`, () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await lifecycleFixture({ store: "postgres" });
  });
  afterAll(async () => {
    await f?.close();
  });

  it("sends one new code for three clicks at the same moment: the request row is locked while counting", async () => {
    const email = f.emails[5]!;
    const filed = await fileRequest(f.ctx, {
      type: "access",
      identities: [{ type: "email", value: email }],
      lang: "en",
    });
    f.clock.advance(61_000);
    const answers = await Promise.all([0, 1, 2].map(() => resendCode(f.ctx, filed)));
    expect(answers.filter((a) => a.sent)).toHaveLength(1);
    expect(answers.filter((a) => !a.sent)).toEqual([
      { sent: false, reason: "too_soon", waitSeconds: 60 },
      { sent: false, reason: "too_soon", waitSeconds: 60 },
    ]);
  });

  it("files, verifies, processes and downloads an access request", async () => {
    const email = f.emails[3]!;
    const filed = await fileRequest(f.ctx, {
      type: "portability",
      identities: [{ type: "email", value: email }],
      lang: "nl",
    });
    expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) })).toEqual({
      ok: true,
    });
    expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "completed" });
    const url = (await requestStatus(f.ctx, filed.statusToken)).download!.url;
    const pkg = await downloadPackage(f.ctx, url.slice(url.lastIndexOf("/") + 1));
    const files = await unzip(pkg.content);
    // Portability: the data in machine-readable form, without the readable answer.
    expect(files.has("index.pdf")).toBe(false);
    expect(JSON.parse(files.get("data.json")!.toString()).collections.users.rows[0].email).toBe(email);
  });

  it("runs two workers on one request at once without a second package or a forked audit log", async () => {
    const person = "i.smit@planet.example";
    const filed = await fileRequest(f.ctx, {
      type: "access",
      identities: [{ type: "email", value: person }],
      lang: "en",
    });
    expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(person, filed.statusToken) })).toEqual({
      ok: true,
    });
    const results = await Promise.all([processRequest(f.ctx, filed.requestId), processRequest(f.ctx, filed.requestId)]);
    expect(results).toEqual([{ status: "completed" }, { status: "completed" }]);
    const packages = await f.store.db
      .selectFrom("packages")
      .select("id")
      .where("request_id", "=", filed.requestId)
      .execute();
    expect(packages).toHaveLength(1);
    const completions = await f.store.db
      .selectFrom("request_events")
      .select("kind")
      .where("request_id", "=", filed.requestId)
      .where("kind", "in", ["start", "complete", "requester_notified"])
      .execute();
    expect(
      completions
        .filter((e) => e.kind !== "requester_notified")
        .map((e) => e.kind)
        .sort(),
    ).toEqual(["complete", "start"]);
    // Mail is at least once: both runs may tell the person; neither may complete or package twice.
    expect((await f.mailsTo(person)).filter((m) => m.subject.startsWith("Completed")).length).toBeGreaterThan(0);
    expect(await verifyStoredAudit(f.store)).toMatchObject({ ok: true });
  });

  it("an approved erasure ends partially completed, and the audit log verifies", async () => {
    const email = f.emails[12]!;
    const filed = await fileRequest(f.ctx, {
      type: "erasure",
      identities: [{ type: "email", value: email }],
      lang: "en",
    });
    await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
    await approveRequest(f.ctx, { requestId: filed.requestId, actor: "api:token-1" });
    const { status } = await processRequest(f.ctx, filed.requestId);
    expect(["completed", "partially_completed"]).toContain(status);
    const audit = await verifyStoredAudit(f.store);
    expect(audit.ok).toBe(true);
    const events = await f.store.db.selectFrom("request_events").select("id").execute();
    expect(audit.checked).toBe(events.length);
  });

  it("runs an operator's request through the lifecycle: one transaction files and verifies it, the worker's body ends it", async () => {
    const email = f.emails[8]!;
    const done = await runOperatorRequest(f.ctx, {
      type: "restriction",
      identities: [{ type: "email", value: email }],
      lang: "nl",
    });
    expect(done.status).toMatch(/completed$/);
    expect(done.events.slice(0, 2).map((e) => `${e.kind}/${e.actor}`)).toEqual([
      "received/operator",
      "operator_verified/operator",
    ]);
    expect(await verifyStoredAudit(f.store)).toMatchObject({ ok: true });
  });
});
