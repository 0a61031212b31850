import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit } from "../../src/audit/index.js";
import type { ServiceContext } from "../../src/context/index.js";
import { createQueue } from "../../src/jobs/create.js";
import { listOutbox } from "../../src/mail/outbox.js";
import { fileRequest, requestDetail, verifyRequest } from "../../src/requests/index.js";
import { createServiceContext } from "../../src/service/context.js";
import { runCli } from "../helpers/cli.js";
import { openTestStore, type TestStore } from "../helpers/stores.js";
import { DEMO_REGISTER } from "../../src/service/config.js";
import { demoRegister } from "../service/helpers.js";

describe("waarborg review", () => {
  const saved = { ...process.env };
  const dataKey = randomBytes(32);
  let testStore: TestStore;
  let ctx: ServiceContext;

  beforeAll(async () => {
    process.env.WAARBORG_DATA_KEY = dataKey.toString("base64");
    delete process.env.DATABASE_URL;
    delete process.env.WAARBORG_SMTP_URL;
    testStore = await openTestStore("sqlite");
    ctx = createServiceContext({
      store: testStore.store,
      queue: createQueue(testStore.store, { runner: "store" }),
      register: await demoRegister(),
      registerPath: DEMO_REGISTER,
      dataKey,
      publicUrl: "http://localhost",
      env: {},
    });
  });
  afterAll(async () => {
    process.env = saved;
    await testStore.close();
  });

  /** A verified request for review of the demo's dunning decision, in Dutch. */
  async function waitingReview(email: string): Promise<string> {
    const filed = await fileRequest(ctx, {
      type: "automated_decision_review",
      identities: [{ type: "email", value: email }],
      lang: "nl",
      details: { decision: "dunning", view: "Ik heb op tijd betaald.", contests: true },
    });
    const [mail] = await listOutbox(ctx.store, { to: email, limit: 1 });
    const code = /(\d{6})/.exec(mail?.subject ?? "")?.[1] ?? "";
    expect(await verifyRequest(ctx, { ...filed, code })).toEqual({ ok: true });
    return filed.requestId;
  }

  const cli = (...args: string[]) => runCli(["review", ...args, "--register", DEMO_REGISTER, ...testStore.cliArgs]);

  it("takes a request and records its outcome through the console's operations", async () => {
    const id = await waitingReview("cli-review@example.nl");
    const taken = await cli("take", id);
    expect(taken.stderr).toBe("");
    expect(taken.stdout).toBe(`Request ${id}: in progress, taken for review.\n`);
    const recorded = await cli(
      "record",
      id,
      "--outcome",
      "changed",
      "--reasons-nl",
      "Uw betaling was op tijd; de blokkade is opgeheven.",
      "--view-considered",
    );
    expect(recorded.stderr).toBe("");
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toBe(`Request ${id}: completed, decision changed.\n`);
    const detail = await requestDetail(ctx, id);
    expect(detail.request.status).toBe("completed");
    expect(detail.review?.recorded).toMatchObject({ outcome: "changed" });
    const actions = (await readAudit(ctx.store, { subjectType: "request", subjectId: id })).map((e) => e.action);
    expect(actions.slice(-4)).toEqual([
      "request.review_taken",
      "request.review_recorded",
      "request.complete",
      "request.requester_notified",
    ]);
    const [mail] = await listOutbox(ctx.store, { to: "cli-review@example.nl", limit: 1 });
    expect(mail?.subject).toBe("Afgerond: menselijke beoordeling");
    expect(mail?.text).toContain("Wij hebben het besluit veranderd.");
  });

  it("names the option at fault, never the value", async () => {
    const id = await waitingReview("cli-refused@example.nl");
    await cli("take", id);
    const wrong = await cli("record", id, "--outcome", "overturned", "--reasons-nl", "Geheim", "--view-considered");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe("waarborg: refused: --outcome: one of upheld, changed, withdrawn\n");
    const english = await cli("record", id, "--outcome", "upheld", "--reasons-en", "Unpaid.", "--view-considered");
    expect(english.stderr).toBe("waarborg: refused: --reasons-nl: give the reasons: the requester is told them\n");
    const unweighed = await cli("record", id, "--outcome", "upheld", "--reasons-nl", "Onbetaald.");
    expect(unweighed.stderr).toBe(
      "waarborg: refused: --view-considered: confirm that the person's point of view was considered\n",
    );
    expect((await requestDetail(ctx, id)).request.status).toBe("in_progress");
  });
});
