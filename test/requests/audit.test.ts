import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStoredAudit } from "../../src/audit/store.js";
import { changeIn, inTransaction } from "../../src/requests/change.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { runCli } from "../helpers/cli.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";
import { describeEachStore } from "../helpers/stores.js";

await describeEachStore("the audit log", (kind) => {
  describe("the audit log a request leaves behind", () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind, subjects: 50 });
      const email = f.emails[0]!;
      const filed = await fileRequest(f.ctx, {
        type: "access",
        identities: [{ type: "email", value: email }],
        lang: "nl",
      });
      await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(email, filed.statusToken) });
      await processRequest(f.ctx, filed.requestId);
    });
    afterAll(() => f.close());

    it("has one entry per event, each transition with its from and to, and verifies", async () => {
      const events = await f.store.db.selectFrom("request_events").selectAll().orderBy("id").execute();
      const audit = await f.store.db.selectFrom("audit_log").selectAll().orderBy("seq").execute();
      expect(audit).toHaveLength(events.length);
      expect(audit.map((a) => a.action)).toEqual([
        "request.received",
        "request.send_code",
        "request.verify",
        "request.start",
        "request.complete",
        "request.package_created",
        "request.requester_notified",
      ]);
      expect(JSON.parse(audit[2]!.data)).toEqual({ type: "access", from: "verifying", to: "verified" });
      expect(audit.map((a) => a.actor)).toEqual([
        "requester",
        "system",
        "requester",
        "worker",
        "worker",
        "worker",
        "worker",
      ]);
      expect(await verifyStoredAudit(f.store)).toMatchObject({ ok: true, checked: 7, problems: [] });
      expect(await runCli(["audit", "verify", ...f.cliStore])).toMatchObject({ code: 0 });
    });

    it("waarborg audit verify names a changed entry", async () => {
      await sql`update audit_log set data = ${'{"from":"verifying","to":"verified","type":"erasure"}'} where seq = 3`.execute(
        f.store.db,
      );
      const result = await runCli(["audit", "verify", ...f.cliStore]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("entry 3 was changed after it was written");
    });

    it("names a removed entry and two swapped ones", async () => {
      await sql`delete from audit_log where seq = 3`.execute(f.store.db);
      await sql`update audit_log set seq = -1 where seq = 5`.execute(f.store.db);
      await sql`update audit_log set seq = 5 where seq = 6`.execute(f.store.db);
      await sql`update audit_log set seq = 6 where seq = -1`.execute(f.store.db);
      expect((await verifyStoredAudit(f.store)).problems).toEqual([
        { kind: "removed", afterSeq: 2, missing: 1 },
        { kind: "moved", seq: 5, writtenAs: 6 },
        { kind: "moved", seq: 6, writtenAs: 5 },
      ]);
      const result = await runCli(["audit", "verify", ...f.cliStore]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("1 entry missing after entry 2");
      expect(result.stderr).toContain("entry 5 was written as entry 6");
    });

    it("appends a transaction's entries at its end, in order, and none when it rolls back", async () => {
      const [request] = await f.store.db.selectFrom("requests").select("id").execute();
      const count = async (db = f.store.db) =>
        Number(
          (
            await db
              .selectFrom("audit_log")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const during = await inTransaction(f.ctx, async (trx) => {
        await changeIn(f.ctx, trx, request!.id, { actor: "system", kind: "note_one" });
        await changeIn(f.ctx, trx, request!.id, { actor: "system", kind: "note_two" });
        return count(trx);
      });
      // The chain's head is locked only at the end: nothing was appended while the work ran.
      expect(during).toBe(before);
      const audit = await f.store.db.selectFrom("audit_log").select("action").orderBy("seq").execute();
      expect(audit.slice(-2).map((a) => a.action)).toEqual(["request.note_one", "request.note_two"]);
      await expect(
        inTransaction(f.ctx, async (trx) => {
          await changeIn(f.ctx, trx, request!.id, { actor: "system", kind: "note_three" });
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");
      expect(await count()).toBe(before + 2);
      // (Earlier tests tampered with the log on purpose; the new entries chain onto each other.)
      const last = await f.store.db.selectFrom("audit_log").selectAll().orderBy("seq", "desc").limit(2).execute();
      expect(last[0]!.prev_hash).toBe(last[1]!.hash);
    });
  });
});
