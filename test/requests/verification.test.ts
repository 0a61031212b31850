import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OperationError } from "../../src/requests/errors.js";
import { cancelRequest } from "../../src/requests/operations/cancel-request.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { resendCode } from "../../src/requests/operations/resend-code.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";
import { describeEachStore } from "../helpers/stores.js";

const file = (f: Fixture, email: string, type = "access") =>
  fileRequest(f.ctx, { type, identities: [{ type: "email", value: email }], lang: "en" });

await describeEachStore("verification and input checks", (kind) => {
  describe("verification by a one-time code", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind });
    });
    afterAll(() => f.close());

    it("counts wrong codes down, locks at the fifth, and then refuses even the right code", async () => {
      const email = f.emails[0]!;
      const filed = await file(f, email);
      const code = await f.codeFor(email, filed.statusToken);
      const wrong = code === "000000" ? "111111" : "000000";
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await verifyRequest(f.ctx, { ...filed, code: wrong }));
      expect(answers).toEqual([
        { ok: false, reason: "wrong", attemptsLeft: 4 },
        { ok: false, reason: "wrong", attemptsLeft: 3 },
        { ok: false, reason: "wrong", attemptsLeft: 2 },
        { ok: false, reason: "wrong", attemptsLeft: 1 },
        { ok: false, reason: "locked", attemptsLeft: 0 },
      ]);
      expect(await verifyRequest(f.ctx, { ...filed, code })).toEqual({ ok: false, reason: "locked", attemptsLeft: 0 });
      // A locked request gets no new code, so no new tries either.
      f.clock.advance(61_000);
      expect(await resendCode(f.ctx, filed)).toEqual({ sent: false, reason: "locked" });
      expect(await f.codeFor(email, filed.statusToken)).toBe(code);
      expect(await verifyRequest(f.ctx, { ...filed, code })).toMatchObject({ reason: "locked" });
      expect(await requestStatus(f.ctx, filed.statusToken)).toMatchObject({
        status: "verifying",
        codeLocked: true,
        awaitingCode: false,
      });
    });

    it("sends a new code at most once a minute and five codes per request, without a trace of refusals", async () => {
      const email = f.emails[4]!;
      const filed = await file(f, email);
      const events = async () =>
        (
          await f.store.db
            .selectFrom("request_events")
            .select("kind")
            .where("request_id", "=", filed.requestId)
            .execute()
        ).length;
      const before = await events();
      expect(await resendCode(f.ctx, filed)).toEqual({ sent: false, reason: "too_soon", waitSeconds: 60 });
      f.clock.advance(45_000);
      expect(await resendCode(f.ctx, filed)).toEqual({ sent: false, reason: "too_soon", waitSeconds: 15 });
      expect(await events()).toBe(before);
      const codes = [await f.codeFor(email, filed.statusToken)];
      for (let i = 0; i < 4; i++) {
        f.clock.advance(60_000);
        expect(await resendCode(f.ctx, filed)).toEqual({ sent: true });
        codes.push(await f.codeFor(email, filed.statusToken));
      }
      f.clock.advance(60_000);
      expect(await resendCode(f.ctx, filed)).toEqual({ sent: false, reason: "too_many" });
      expect(await events()).toBe(before + 4);
      // The last code sent still works.
      expect(await verifyRequest(f.ctx, { ...filed, code: codes[4]! })).toEqual({ ok: true });
    });

    it("counts two clicks at the same moment one after the other", async () => {
      const email = f.emails[5]!;
      const filed = await file(f, email);
      f.clock.advance(60_000);
      const answers = await Promise.all([resendCode(f.ctx, filed), resendCode(f.ctx, filed), resendCode(f.ctx, filed)]);
      expect(answers.filter((a) => a.sent)).toHaveLength(1);
    });

    it("parallel wrong guesses cannot pass the limit", async () => {
      const email = f.emails[1]!;
      const filed = await file(f, email);
      const code = await f.codeFor(email, filed.statusToken);
      const guesses = Array.from({ length: 12 }, (_, i) => String(i).padStart(6, "9")).filter((g) => g !== code);
      const answers = await Promise.all(guesses.map((guess) => verifyRequest(f.ctx, { ...filed, code: guess })));
      expect(answers.filter((a) => !a.ok && a.reason === "wrong")).toHaveLength(4);
      expect(await verifyRequest(f.ctx, { ...filed, code })).toMatchObject({ reason: "locked" });
    });

    it("expires after 15 minutes; a new code works, the old one no longer", async () => {
      const email = f.emails[2]!;
      const filed = await file(f, email);
      const old = await f.codeFor(email, filed.statusToken);
      f.clock.advance(15 * 60_000);
      expect(await verifyRequest(f.ctx, { ...filed, code: old })).toEqual({
        ok: false,
        reason: "expired",
        attemptsLeft: 5,
      });
      f.clock.advance(1000);
      await resendCode(f.ctx, filed);
      const fresh = await f.codeFor(email, filed.statusToken);
      if (fresh !== old) expect(await verifyRequest(f.ctx, { ...filed, code: old })).toMatchObject({ reason: "wrong" });
      f.clock.advance(14 * 60_000);
      expect(await verifyRequest(f.ctx, { ...filed, code: ` ${fresh.slice(0, 3)} ${fresh.slice(3)} ` })).toEqual({
        ok: true,
      });
      expect(await verifyRequest(f.ctx, { ...filed, code: "whatever" })).toEqual({ ok: true });
    });

    it("keeps codes, links and addresses out of the store except as hashes and ciphertext", async () => {
      const email = f.emails[3]!;
      const filed = await file(f, email);
      const code = await f.codeFor(email, filed.statusToken);
      const secrets = [code, filed.statusToken, email];
      const tables = ["requests", "request_events", "verification_codes", "audit_log", "jobs", "settings", "packages"];
      for (const table of tables) {
        const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(f.store.db);
        const text = JSON.stringify(rows.rows, (_k, v) => (Buffer.isBuffer(v) ? v.toString("latin1") : v));
        for (const secret of secrets) expect(text.includes(secret), `${table} holds a plaintext secret`).toBe(false);
      }
      const [stored] = await f.store.db
        .selectFrom("verification_codes")
        .select("code_hash")
        .where("request_id", "=", filed.requestId)
        .execute();
      expect(stored!.code_hash).toMatch(/^[0-9a-f]{64}$/);
      await verifyRequest(f.ctx, { ...filed, code });
      const left = await f.store.db
        .selectFrom("verification_codes")
        .where("request_id", "=", filed.requestId)
        .selectAll()
        .execute();
      expect(left).toEqual([]);
    });

    it("a cancelled request takes no code", async () => {
      const email = f.emails[5]!;
      const filed = await file(f, email);
      await cancelRequest(f.ctx, { requestId: filed.requestId, actor: "requester" });
      expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) })).toMatchObject({
        ok: false,
      });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("cancelled");
    });
  });

  describe("no probing: the form answers a stranger as it answers a customer", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind });
    });
    afterAll(() => f.close());

    it("stores the request and mails a code either way, with answers of the same shape", async () => {
      const customer = f.emails[8]!;
      const stranger = "nobody-here@elsewhere.example";
      expect(f.allEmails).not.toContain(stranger);
      const a = await file(f, customer);
      const b = await file(f, stranger);
      const shape = (r: { requestId: string; statusToken: string }) => ({
        keys: Object.keys(r),
        id: r.requestId.replace(/[0-9a-f]/g, "x"),
        token: r.statusToken.length,
      });
      expect(shape(b)).toEqual(shape(a));
      for (const [address, filed] of [
        [customer, a],
        [stranger, b],
      ] as const) {
        expect(await f.mailsTo(address)).toHaveLength(1);
        const events = await f.store.db
          .selectFrom("request_events")
          .select("kind")
          .where("request_id", "=", filed.requestId)
          .execute();
        expect(events.map((e) => e.kind)).toEqual(["received", "send_code"]);
      }
      const mailA = (await f.mailsTo(customer))[0]!;
      const mailB = (await f.mailsTo(stranger))[0]!;
      const redact = (text: string) => text.replace(/\d{6}/g, "CODE").replace(/status\/\S+/g, "status/LINK");
      expect(redact(mailB.text)).toBe(redact(mailA.text));
    });

    it("never looks at the company's data to file a request: it works with the customer database unreachable", async () => {
      const { DEMO_DATABASE_URL: _gone, ...env } = f.ctx.env;
      const ctx = { ...f.ctx, env };
      const filed = await fileRequest(ctx, {
        type: "erasure",
        identities: [{ type: "email", value: f.emails[9]! }],
        lang: "nl",
      });
      expect(filed.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe("input checks", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, subjects: 5 });
    });
    afterAll(() => f.close());

    const refusal = async (input: unknown) => {
      try {
        await fileRequest(f.ctx, input);
      } catch (error) {
        expect(error).toBeInstanceOf(OperationError);
        return { field: (error as OperationError).field, message: (error as Error).message };
      }
      throw new Error("accepted");
    };

    it("names the field at fault and never repeats the value", async () => {
      const secret = "jan.de.vries-at-home";
      expect(await refusal({ type: "access", identities: [{ type: "email", value: secret }], lang: "nl" })).toEqual({
        field: "identities[0].value",
        message: "not an e-mail address",
      });
      const typed = await refusal({ type: "access", identities: [{ type: "bsn", value: "123456782" }], lang: "nl" });
      expect(typed).toEqual({
        field: "identities[0].type",
        message: "unknown identity type; expected one of email, phone",
      });
      expect(
        await refusal({ type: "access", identities: [{ type: "phone", value: "0612345678" }], lang: "nl" }),
      ).toMatchObject({
        field: "identities",
      });
      expect((await refusal({ type: "sell", identities: [], lang: "nl" })).field).toBe("type");
      expect(
        (await refusal({ type: "access", identities: [{ type: "email", value: "a@b.nl" }], lang: "de" })).field,
      ).toBe("lang");
      expect((await refusal({ type: "access", identities: [], lang: "nl" })).field).toBe("identities");
    });

    it("checks a rectification's corrections against the register's fields and categories", async () => {
      const base = { type: "rectification", identities: [{ type: "email", value: "a@b.example" }], lang: "en" };
      expect((await refusal({ ...base })).field).toBe("details.corrections");
      const unknown = await refusal({ ...base, details: { corrections: [{ field: "shoe_size", value: "44" }] } });
      expect(unknown.field).toBe("details.corrections[0]");
      const badPhone = await refusal({
        ...base,
        details: { corrections: [{ field: "users.phone", value: "not-a-phone-9x" }] },
      });
      expect(badPhone).toEqual({ field: "details.corrections[0]", message: expect.stringContaining("a phone number") });
      expect(badPhone.message).not.toContain("not-a-phone-9x");
      const ok = await fileRequest(f.ctx, {
        ...base,
        details: { corrections: [{ field: "name", value: "A. de Vries" }] },
      });
      const row = await f.store.db
        .selectFrom("requests")
        .select("details")
        .where("id", "=", ok.requestId)
        .executeTakeFirst();
      expect(JSON.parse(row!.details)).toEqual({ fields: ["name"] });
      expect(row!.details).not.toContain("de Vries");
    });

    it("checks an objection's activities and a withdrawal's purposes against the register", async () => {
      const base = { identities: [{ type: "email", value: "a@b.example" }], lang: "en" };
      expect(
        (await refusal({ ...base, type: "objection", details: { activities: ["security_logging", "nope"] } })).field,
      ).toBe("details.activities[1]");
      expect((await refusal({ ...base, type: "withdrawal", details: { purposes: ["spam"] } })).field).toBe(
        "details.purposes[0]",
      );
      expect((await refusal({ ...base, type: "access", details: { surprise: 1 } })).field).toBe("details");
    });

    it("refuses a right the register does not offer, for every way in alike", async () => {
      const base = { type: "portability", identities: [{ type: "email", value: "a@b.example" }], lang: "en" };
      expect((await fileRequest(f.ctx, base)).requestId).toBeTruthy();
      const supported = f.ctx.register.rights.supported;
      f.ctx.register.rights.supported = supported.filter((right) => right !== "portability");
      try {
        expect(await refusal(base)).toEqual({
          field: "type",
          message: "the register does not offer this right (rights.supported)",
        });
      } finally {
        f.ctx.register.rights.supported = supported;
      }
    });
  });
});
