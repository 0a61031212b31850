import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStoredAudit } from "../../src/audit/store.js";
import type { Register } from "../../src/register/schema/register.js";
import { OperationError } from "../../src/requests/errors.js";
import { checkFileRequest } from "../../src/requests/input.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { liftRestriction } from "../../src/requests/operations/lift-restriction.js";
import { runOperatorRequest } from "../../src/requests/operations/operator-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { statusToken } from "../../src/requests/secrets.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";
import { describeEachStore } from "../helpers/stores.js";

/** The demo register without approval, and with a recipient told by webhook next to the one told by mail. */
const noApproval = (register: Register): Register => ({
  ...register,
  rights: { ...register.rights, approval: [] },
  recipients: {
    ...register.recipients,
    helpdesk: { ...register.recipients.helpdesk!, notify: { webhook: "https://helpdesk.example/hook" } },
  },
});

async function refusal(run: Promise<unknown>): Promise<OperationError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OperationError);
  return error as OperationError;
}

async function auditOf(f: Fixture, requestId: string) {
  return f.store.db
    .selectFrom("audit_log")
    .select(["actor", "action"])
    .where("subject_id", "=", requestId)
    .orderBy("seq")
    .execute();
}

await describeEachStore("requests an operator runs", (kind) => {
  describe("the check of a new request", () => {
    let register: Register;
    beforeAll(async () => {
      const f = await lifecycleFixture({ store: kind, subjects: 5 });
      register = f.ctx.register;
      await f.close();
    });

    it("lets only an operator override a legal hold on a rectification", () => {
      const input = {
        type: "rectification",
        identities: [{ type: "email", value: "someone@example.nl" }],
        lang: "nl",
        details: {
          corrections: [{ field: "name", value: "A. de Vries" }],
          hold_override: { reason: "the tax office asked for it" },
        },
      };
      expect(() => checkFileRequest(register, input)).toThrow("only an operator can override a legal hold");
      expect(checkFileRequest(register, input, { operator: true }).details.sealed).toMatchObject({
        hold_override: { reason: "the tax office asked for it" },
      });
    });

    it("wants an e-mail identity unless told an operator established the identity", () => {
      const input = { type: "erasure", identities: [{ type: "phone", value: "+31611111111" }], lang: "nl" };
      expect(() => checkFileRequest(register, input)).toThrow("give an e-mail address");
      expect(checkFileRequest(register, input, { requireEmail: false })).toMatchObject({
        type: "erasure",
        email: undefined,
      });
    });
  });

  describe("a request an operator runs", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, register: noApproval });
    });
    afterAll(() => f.close());

    it("erases by a phone number alone: filed, verified by the operator, carried out by the worker's body", async () => {
      const phone = (
        await f.demo.db.selectFrom("users").select("phone").where("phone", "is not", null).limit(1).execute()
      )[0]!.phone as string;
      const done = await runOperatorRequest(f.ctx, {
        type: "erasure",
        identities: [{ type: "phone", value: phone }],
        lang: "nl",
      });
      expect(done.status).toMatch(/^(completed|partially_completed)$/);
      expect(done.handedOver).toBeUndefined();
      const kinds = done.events.map((e) => `${e.kind} by ${e.actor}`);
      expect(kinds.slice(0, 3)).toEqual(["received by operator", "operator_verified by operator", "start by worker"]);
      expect(kinds).toContain("recipient_notified by worker");
      expect(kinds).toContain("recipient_notify_queued by worker");
      expect(kinds).not.toContain("requester_notified by worker");
      expect(done.events.find((e) => e.kind === "operator_verified")?.data).toEqual({
        from: "received",
        to: "verified",
        notify: false,
      });
      const audit = await auditOf(f, done.requestId);
      expect(audit.slice(0, 2)).toEqual([
        { actor: "operator", action: "request.received" },
        { actor: "operator", action: "request.operator_verified" },
      ]);
      expect(audit.map((a) => a.action)).toContain(
        `request.${done.status === "completed" ? "complete" : "complete_partially"}`,
      );
      const jobs = await f.store.db.selectFrom("jobs").select(["queue"]).execute();
      expect(jobs.map((j) => j.queue)).toEqual(["recipient.notify"]);
      expect((await f.demo.db.selectFrom("users").select("id").where("phone", "=", phone).execute()).length).toBe(0);
      expect((await verifyStoredAudit(f.store)).ok).toBe(true);
    });

    it("mails the person with notify, as a request from the privacy center is mailed", async () => {
      const email = f.emails[4]!;
      const done = await runOperatorRequest(f.ctx, {
        type: "restriction",
        identities: [{ type: "email", value: email }],
        lang: "en",
        notify: true,
      });
      expect(done.status).toMatch(/completed/);
      const subjects = (await f.mailsTo(email)).map((m) => m.subject);
      expect(subjects.some((s) => s.startsWith("Received"))).toBe(true);
      expect(subjects.some((s) => s.startsWith("Completed"))).toBe(true);
      expect(done.events.map((e) => e.kind)).toContain("requester_notified");
      const view = await requestStatus(f.ctx, statusToken(f.ctx, done.requestId));
      expect(view.events.map((e) => e.kind)).toContain("operator_verified");
    });

    it("does not mail the person without notify", async () => {
      const email = f.emails[5]!;
      await runOperatorRequest(f.ctx, {
        type: "restriction",
        identities: [{ type: "email", value: email }],
        lang: "nl",
      });
      expect(await f.mailsTo(email)).toEqual([]);
    });

    it("refuses notify without an e-mail identity, naming the field", async () => {
      const error = await refusal(
        runOperatorRequest(f.ctx, {
          type: "restriction",
          identities: [{ type: "phone", value: "+31600000000" }],
          lang: "nl",
          notify: true,
        }),
      );
      expect(error.field).toBe("notify");
    });

    it("hands back the access package's files and stores the same package", async () => {
      const email = f.emails[6]!;
      const done = await runOperatorRequest(f.ctx, {
        type: "access",
        identities: [{ type: "email", value: email }],
        lang: "en",
      });
      expect(done.status).toBe("completed");
      const names = done.files!.map((file) => file.name);
      expect(names).toEqual(expect.arrayContaining(["data.json", "users.csv", "index.html", "index.pdf"]));
      const data = JSON.parse(String(done.files!.find((file) => file.name === "data.json")!.content));
      expect(data.collections.users.rows.map((r: { email: string }) => r.email)).toEqual([email]);
      const stored = await f.store.db
        .selectFrom("packages")
        .select("id")
        .where("request_id", "=", done.requestId)
        .execute();
      expect(stored).toHaveLength(1);
    });

    it("files nothing when the environment cannot run it", async () => {
      const saved = f.ctx.env.DEMO_DATABASE_URL;
      delete f.ctx.env.DEMO_DATABASE_URL;
      const before = await f.store.db.selectFrom("requests").select("id").execute();
      try {
        await expect(
          runOperatorRequest(f.ctx, {
            type: "erasure",
            identities: [{ type: "email", value: f.emails[7]! }],
            lang: "nl",
          }),
        ).rejects.toThrow("DEMO_DATABASE_URL is not set");
      } finally {
        f.ctx.env.DEMO_DATABASE_URL = saved;
      }
      expect(await f.store.db.selectFrom("requests").select("id").execute()).toEqual(before);
    });

    it("hands a run that fails after filing to the workers", async () => {
      const saved = f.ctx.env.WAARBORG_MASKING_KEY;
      delete f.ctx.env.WAARBORG_MASKING_KEY;
      let done;
      try {
        done = await runOperatorRequest(f.ctx, {
          type: "erasure",
          identities: [{ type: "email", value: f.emails[8]! }],
          lang: "nl",
        });
      } finally {
        f.ctx.env.WAARBORG_MASKING_KEY = saved;
      }
      expect(done.status).toBe("in_progress");
      expect(done.handedOver).toContain("WAARBORG_MASKING_KEY");
      expect(await f.queue.hasUnfinished("request.process", done.requestId)).toBe(true);
      expect((await processRequest(f.ctx, done.requestId)).status).toMatch(/completed$/);
    });

    it("lifts a restriction it carried out, once, and records it", async () => {
      const email = f.emails[9]!;
      const restricted = await runOperatorRequest(f.ctx, {
        type: "restriction",
        identities: [{ type: "email", value: email }],
        lang: "nl",
      });
      const marked = (
        restricted.events.find((e) => e.kind.startsWith("complete"))!.data.collections as { rows: number }[]
      )
        .map((c) => c.rows)
        .reduce((a, b) => a + b, 0);
      expect(marked).toBeGreaterThan(0);
      const lifted = await liftRestriction(f.ctx, { requestId: restricted.requestId, actor: "operator" });
      expect(lifted.collections.reduce((sum, c) => sum + c.rows, 0)).toBe(marked);
      const audit = await auditOf(f, restricted.requestId);
      expect(audit.at(-1)).toEqual({ actor: "operator", action: "request.restriction_lifted" });
      expect(
        (await refusal(liftRestriction(f.ctx, { requestId: restricted.requestId, actor: "operator" }))).message,
      ).toBe("the restriction was lifted already");
    });

    it("lifts only a restriction request", async () => {
      const done = await runOperatorRequest(f.ctx, {
        type: "access",
        identities: [{ type: "email", value: f.emails[11]! }],
        lang: "nl",
      });
      const error = await refusal(liftRestriction(f.ctx, { requestId: done.requestId, actor: "operator" }));
      expect(error.message).toBe("not a restriction request");
    });
  });

  describe("a request an operator runs, where the register wants it approved or does not offer it", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({
        store: kind,
        register: (register) => ({
          ...register,
          rights: { ...register.rights, supported: register.rights.supported.filter((r) => r !== "restriction") },
        }),
      });
    });
    afterAll(() => f.close());

    it("waits for the privacy officer, and is carried out once approved", async () => {
      expect(f.ctx.register.rights.approval).toContain("erasure");
      const email = f.emails[1]!;
      const waiting = await runOperatorRequest(f.ctx, {
        type: "erasure",
        identities: [{ type: "email", value: email }],
        lang: "nl",
      });
      expect(waiting.status).toBe("awaiting_approval");
      expect(waiting.events.map((e) => e.kind)).toEqual(["received", "operator_verified", "require_approval"]);
      expect((await f.demo.db.selectFrom("users").select("id").where("email", "=", email).execute()).length).toBe(1);
      await approveRequest(f.ctx, { requestId: waiting.requestId, actor: "user:officer-1" });
      expect((await processRequest(f.ctx, waiting.requestId)).status).toMatch(/completed$/);
      expect(await f.mailsTo(email)).toEqual([]);
    });

    it("refuses a right the register does not offer, naming the field, and files nothing", async () => {
      const error = await refusal(
        runOperatorRequest(f.ctx, {
          type: "restriction",
          identities: [{ type: "email", value: f.emails[2]! }],
          lang: "nl",
        }),
      );
      expect(error.field).toBe("type");
      expect(error.message).toContain("rights.supported");
      expect(await f.store.db.selectFrom("requests").select("id").where("type", "=", "restriction").execute()).toEqual(
        [],
      );
    });
  });
});
