import { writeFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { type OwnDataReport, purgeOwnData } from "../../src/retention/index.js";
import { startHousekeeping } from "../../src/service/housekeeping.js";
import { describeEachStore } from "../helpers/stores.js";
import { type Fixture, type FixtureOptions, lifecycleFixture } from "../requests/fixture.js";

const DAY = 86_400_000;
const T0 = "2026-03-02T09:00:00.000Z";
const after = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

const person = (n: number) => `person${n}@example.nl`;
const byKind = (reports: OwnDataReport[]) => Object.fromEntries(reports.map((r) => [r.kind, r]));

await describeEachStore("the purge of the request service's own data", (kind) => {
  let f: Fixture;
  const open = async (options: FixtureOptions = {}) => {
    f = await lifecycleFixture({ store: kind, start: T0, ...options });
    return f;
  };
  afterEach(async () => {
    await f?.close();
  });

  const file = (email: string) =>
    fileRequest(f.ctx, { type: "access", identities: [{ type: "email", value: email }], lang: "en" });
  const verified = async (email: string) => {
    const filed = await file(email);
    const answer = await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
    expect(answer).toMatchObject({ ok: true });
    return filed.requestId;
  };
  const rowsOf = async (table: "requests" | "request_events" | "verification_codes", requestId: string) => {
    const column = table === "requests" ? "id" : "request_id";
    return (await f.store.db.selectFrom(table).select(column).where(column, "=", requestId).execute()).length;
  };
  const purges = async () => (await readAudit(f.store)).filter((e) => e.action === "retention.own_data_purged");
  const purge = () => purgeOwnData({ store: f.store, register: f.ctx.register, now: f.ctx.now });

  describe("with the periods the demo register records", () => {
    beforeEach(() => open());

    it("removes unverified requests past 7 days with their events and code; fresh and verified ones stay", async () => {
      const old = (await file(person(0))).requestId;
      const confirmed = await verified(person(1));
      f.clock.set(after(6 * DAY));
      const fresh = (await file(person(2))).requestId;
      f.clock.set(after(7 * DAY + 60_000));

      const reports = byKind(await purge());
      expect(reports.unverified_requests).toMatchObject({
        period: "7 days",
        recorded: true,
        due: 1,
        removed: 1,
        batches: 1,
      });
      expect(reports.unverified_requests!.with).toMatchObject({ codes: 1, packages: 0 });
      expect(reports.unverified_requests!.with.events).toBeGreaterThanOrEqual(2);
      expect(await rowsOf("requests", old)).toBe(0);
      expect(await rowsOf("request_events", old)).toBe(0);
      expect(await rowsOf("verification_codes", old)).toBe(0);
      expect(await rowsOf("requests", confirmed)).toBe(1);
      expect(await rowsOf("requests", fresh)).toBe(1);
      expect(await rowsOf("verification_codes", fresh)).toBe(1);

      // One audit entry per batch, counts only: no address, and the chain still verifies.
      const entries = await purges();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor: "system",
        subject_type: "own_data",
        subject_id: "unverified_requests",
      });
      expect(JSON.parse(entries[0]!.data)).toMatchObject({ kind: "unverified_requests", rows: 1, codes: 1 });
      expect(entries[0]!.data).not.toContain("@");
      expect(entries[0]!.data).not.toContain(old);
      expect((await verifyStoredAudit(f.store)).ok).toBe(true);

      // Idempotent: a second pass finds nothing due and writes nothing.
      const again = await purge();
      expect(again.map((r) => r.removed)).toEqual([0, 0, 0, 0]);
      expect(await purges()).toHaveLength(1);
    });

    it("counts in a dry run what a run would remove, and changes nothing", async () => {
      await file(person(0));
      await file(person(1));
      f.clock.set(after(31 * DAY));
      const before = await f.store.db.selectFrom("requests").select("id").execute();
      const auditBefore = (await readAudit(f.store)).length;
      const dry = byKind(
        await purgeOwnData({ store: f.store, register: f.ctx.register, now: f.ctx.now }, { dryRun: true }),
      );
      expect(dry.unverified_requests).toMatchObject({ due: 2, removed: 0, batches: 0 });
      expect(dry.delivered_mail).toMatchObject({ due: 2, removed: 0 });
      expect(await f.store.db.selectFrom("requests").select("id").execute()).toEqual(before);
      expect((await f.store.db.selectFrom("outbox").select("id").execute()).length).toBe(2);
      expect((await readAudit(f.store)).length).toBe(auditBefore);
    });

    it("works through many rows in batches, one audit entry each", async () => {
      for (let i = 0; i < 5; i++) await file(person(i));
      f.clock.set(after(8 * DAY));
      const reports = byKind(
        await purgeOwnData({ store: f.store, register: f.ctx.register, now: f.ctx.now }, { batchSize: 2 }),
      );
      expect(reports.unverified_requests).toMatchObject({ due: 5, removed: 5, batches: 3 });
      expect((await purges()).filter((e) => e.subject_id === "unverified_requests")).toHaveLength(3);
      expect((await verifyStoredAudit(f.store)).ok).toBe(true);
    });

    it("removes a code a day after it expired, but keeps one that still counts wrong tries", async () => {
      const plain = await file(person(0));
      const tried = await file(person(1));
      const code = await f.codeFor(person(1), tried.statusToken);
      const wrong = code === "000000" ? "111111" : "000000";
      expect(await verifyRequest(f.ctx, { ...tried, code: wrong })).toMatchObject({ reason: "wrong" });
      // The code works 15 minutes; a day after that it is due.
      f.clock.set(after(DAY + 15 * 60_000 - 1000));
      expect(byKind(await purge()).expired_codes).toMatchObject({ due: 0 });
      f.clock.set(after(DAY + 15 * 60_000));
      expect(byKind(await purge()).expired_codes).toMatchObject({ due: 1, removed: 1 });
      expect(await rowsOf("verification_codes", plain.requestId)).toBe(0);
      expect(await rowsOf("verification_codes", tried.requestId)).toBe(1);
      // Both requests stay until their own period: a request is not a code.
      expect(await rowsOf("requests", plain.requestId)).toBe(1);
      expect(await rowsOf("requests", tried.requestId)).toBe(1);
    });

    it("removes mail 30 days after delivery; mail delivered later stays", async () => {
      await verified(person(0));
      await f.store.db
        .insertInto("outbox")
        .values({
          id: "sent-late",
          to_address: "someone@example.nl",
          subject: "s",
          text: "t",
          html: null,
          lang: "en",
          created_at: T0,
          sent_at: after(10 * DAY),
          error: null,
        })
        .execute();
      const mails = (await f.store.db.selectFrom("outbox").select("id").execute()).length;
      f.clock.set(after(30 * DAY + 1000));
      const fresh = await file(person(1));
      expect(byKind(await purge()).delivered_mail).toMatchObject({ due: mails - 1, removed: mails - 1 });
      const left = await f.store.db.selectFrom("outbox").select(["id", "text"]).execute();
      expect(left.map((m) => m.id).sort()).toEqual(
        ["sent-late", ...left.filter((m) => m.text.includes(`/status/${fresh.statusToken}`)).map((m) => m.id)].sort(),
      );
      expect(left).toHaveLength(2);
    });

    it("removes packages 7 days after their link expired, the file on disk as well as the row", async () => {
      const requestId = await verified(person(0));
      const file = join(f.ctx.env.DEMO_DATABASE_URL!.slice("sqlite:".length), "..", "package.zip");
      writeFileSync(file, "archive");
      const pkg = (id: string, expiresAt: string, path: string | null) => ({
        id,
        request_id: requestId,
        path,
        content: path ? null : Buffer.from("archive"),
        encrypted: 0,
        file_name: "package.zip",
        media_type: "application/zip",
        download_token_hash: `hash-${id}`,
        expires_at: expiresAt,
        downloads_left: 3,
        created_at: T0,
      });
      await f.store.db
        .insertInto("packages")
        .values([
          pkg("in-row", after(7 * DAY), null),
          pkg("on-disk", after(7 * DAY), file),
          pkg("later", after(20 * DAY), null),
        ])
        .execute();
      f.clock.set(after(14 * DAY));
      expect(byKind(await purge()).expired_packages).toMatchObject({ due: 2, removed: 2 });
      expect((await f.store.db.selectFrom("packages").select("id").execute()).map((p) => p.id)).toEqual(["later"]);
      expect(existsSync(file)).toBe(false);
      expect(await rowsOf("requests", requestId)).toBe(1);
    });

    it("runs in the housekeeping pass, logging counts only", async () => {
      const email = person(0);
      const old = (await file(email)).requestId;
      f.clock.set(after(8 * DAY));
      const lines: Record<string, unknown>[] = [];
      const logger = pino({ level: "info" }, { write: (chunk: string) => void lines.push(JSON.parse(chunk)) });
      const housekeeping = startHousekeeping(f.ctx, logger, { everyMs: 60 * 60_000 });
      await housekeeping.stop();
      expect(await rowsOf("requests", old)).toBe(0);
      expect(lines.filter((l) => l.msg === "purged own data past its period")).toEqual([
        expect.objectContaining({ removed: { unverified_requests: 1 } }),
      ]);
      expect(JSON.stringify(lines)).not.toContain(email);
      expect(JSON.stringify(lines)).not.toContain(old);
    });
  });

  describe("with no periods in the register", () => {
    beforeEach(() => open({ register: (r) => ({ ...r, service: undefined }) }));

    it("uses the conservative defaults: an unverified request stays 30 days", async () => {
      const old = (await file(person(0))).requestId;
      f.clock.set(after(8 * DAY));
      const early = byKind(await purge());
      expect(early.unverified_requests).toMatchObject({ period: "30 days", recorded: false, due: 0 });
      expect(await rowsOf("requests", old)).toBe(1);
      f.clock.set(after(30 * DAY));
      expect(byKind(await purge()).unverified_requests).toMatchObject({ removed: 1 });
      expect(await rowsOf("requests", old)).toBe(0);
      const entry = (await purges()).find((e) => e.subject_id === "unverified_requests");
      expect(JSON.parse(entry!.data)).toMatchObject({ period: "30 days", default_period: true });
    });
  });
});
