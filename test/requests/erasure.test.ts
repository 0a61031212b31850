import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStoredAudit } from "../../src/audit/store.js";
import { buildGraph, type DatasetGraph, personalFields } from "../../src/datasets/graph.js";
import { approveRequest } from "../../src/requests/operations/approve-request.js";
import { fileRequest } from "../../src/requests/operations/file-request.js";
import { processRequest } from "../../src/requests/operations/process-request.js";
import { requestStatus } from "../../src/requests/operations/request-status.js";
import { verifyRequest } from "../../src/requests/operations/verify-request.js";
import { holdFor } from "../../src/datasets/holds.js";
import { DEFAULT_FIXED, HASH_PREFIX } from "../../src/datasets/masking.js";
import { type WalkResult, walkRows } from "../../src/datasets/walk.js";
import { type Fixture, lifecycleFixture } from "./fixture.js";
import { describeEachStore } from "../helpers/stores.js";

/** The demo person with invoices both older and younger than the 7-year tax hold. */
const PERSON = "i.smit@planet.example";

await describeEachStore("an erasure request", (kind) => {
  describe("an erasure request the register wants approved", () => {
    let f: Fixture;
    let graph: DatasetGraph;
    let before: WalkResult;
    let filed: { requestId: string; statusToken: string };
    const connections = () => new Map([["app", f.demo]]);

    beforeAll(async () => {
      f = await lifecycleFixture({ store: kind });
      graph = buildGraph(f.ctx.register);
      expect(f.ctx.register.rights.approval).toContain("erasure");
      before = await walkRows(graph, connections(), [{ type: "email", value: PERSON }]);
      expect(before.rows.get("invoices")?.size).toBeGreaterThan(1);
    });
    afterAll(() => f.close());

    it("waits for the privacy officer after verification, and the job does nothing meanwhile", async () => {
      filed = await fileRequest(f.ctx, { type: "erasure", identities: [{ type: "email", value: PERSON }], lang: "nl" });
      expect(await verifyRequest(f.ctx, { ...filed, code: await f.codeFor(PERSON, filed.statusToken) })).toEqual({
        ok: true,
      });
      expect((await requestStatus(f.ctx, filed.statusToken)).status).toBe("awaiting_approval");
      expect(await f.store.db.selectFrom("jobs").select("id").execute()).toEqual([]);
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "awaiting_approval" });
      const untouched = await walkRows(graph, connections(), [{ type: "email", value: PERSON }]);
      expect(untouched.rows.get("users")?.size).toBe(1);
    });

    it("is approved, carried out, and ends partially completed naming the invoices kept for the tax authority", async () => {
      await approveRequest(f.ctx, { requestId: filed.requestId, actor: "user:officer-1" });
      const jobs = await f.store.db.selectFrom("jobs").select("payload").execute();
      expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([{ requestId: filed.requestId }]);
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "partially_completed" });

      const now = f.clock.now();
      const held = [...before.rows.get("invoices")!].filter(([, row]) =>
        holdFor(graph.collections.get("invoices")!, row, now),
      );
      expect(held.length).toBeGreaterThan(0);
      expect(held.length).toBeLessThan(before.rows.get("invoices")!.size);
      const view = await requestStatus(f.ctx, filed.statusToken);
      expect(view.status).toBe("partially_completed");
      // Invoices, and their lines and payments, are tax records: each kept under its own hold.
      expect(view.kept.map((k) => k.what).sort()).toEqual(["invoice_lines", "invoices", "payments"]);
      expect(view.kept.find((k) => k.what === "invoices")).toMatchObject({
        rows: held.length,
        ground: "legal_obligation",
      });
      for (const k of view.kept)
        expect(k).toMatchObject({ law: "AWR art. 52(4)", until: expect.stringMatching(/^20\d\d-/) });
      const completion = await f.store.db
        .selectFrom("request_events")
        .select("data")
        .where("request_id", "=", filed.requestId)
        .where("kind", "=", "complete_partially")
        .executeTakeFirst();
      const kept = JSON.parse(completion!.data).kept as { what: string; keys: string[] }[];
      expect(kept.find((k) => k.what === "invoices")!.keys.sort()).toEqual(held.map(([key]) => key).sort());

      const mail = (await f.mailsTo(PERSON)).find((m) => m.subject.startsWith("Afgerond"))!;
      expect(mail.lang).toBe("nl");
      expect(mail.text).toContain(`- invoices: ${held.length} records, wettelijke bewaarplicht (AWR art. 52(4))`);
    });

    it("leaves no unmasked personal data of the person outside the rows a hold keeps", async () => {
      const now = f.clock.now();
      for (const [name, rows] of before.rows) {
        const collection = graph.collections.get(name)!;
        const fields = personalFields(collection).filter(
          (field) => !collection.references.some((r) => r.field === field),
        );
        for (const [key, original] of rows) {
          const after = await f.demo.db
            .selectFrom(collection.table)
            .selectAll()
            .where(collection.primary_key, "=", key)
            .executeTakeFirst();
          if (!after || holdFor(collection, original, now)) continue;
          for (const field of fields) {
            const value = after[field];
            const masked =
              value === null ||
              value === DEFAULT_FIXED ||
              collection.fields[field]?.fixed_value === value ||
              String(value).startsWith(HASH_PREFIX);
            expect(masked, `${name}.${field} of row ${key}`).toBe(true);
          }
        }
      }
      const again = await walkRows(graph, connections(), [{ type: "email", value: PERSON }]);
      const left = [...again.rows].filter(([, rows]) => rows.size > 0).map(([name]) => name);
      expect(left.sort()).toEqual(["invoice_lines", "invoices", "payments"]);
      for (const name of left) expect(graph.collections.get(name)!.holds.length, name).toBeGreaterThan(0);
    });

    it("tells the recipients the register names (Art. 19): the mail one now, the webhook one by a job", async () => {
      const [notice] = await f.mailsTo("privacy@postmark.example");
      expect(notice!.subject).toBe(`Artikel 19 AVG: verwijdering (${filed.requestId})`);
      expect(notice!.text).toContain(`- email: ${PERSON}`);
      const jobs = await f.store.db
        .selectFrom("jobs")
        .select(["queue", "payload"])
        .where("queue", "=", "recipient.notify")
        .execute();
      expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([{ requestId: filed.requestId, recipient: "helpdesk" }]);
      const done = (await f.mailsTo(PERSON)).find((m) => m.subject.startsWith("Afgerond"))!;
      expect(done.text).toContain("Postmark (ActiveCampaign LLC) en Freshworks Inc.");
    });

    it("a second run changes nothing: status, events, mails, jobs and the demo database", async () => {
      const tables = ["users", "accounts", "invoices", "support_tickets", "messages", "login_events", "uploads"];
      const snapshot = async () => ({
        status: (await requestStatus(f.ctx, filed.statusToken)).status,
        events: (await f.store.db.selectFrom("request_events").select("id").execute()).length,
        outbox: (await f.store.db.selectFrom("outbox").select("id").execute()).length,
        jobs: (await f.store.db.selectFrom("jobs").select("id").execute()).length,
        packages: (await f.store.db.selectFrom("packages").select("id").execute()).length,
        demo: await Promise.all(tables.map((t) => f.demo.db.selectFrom(t).selectAll().orderBy("id").execute())),
      });
      const first = await snapshot();
      expect(await processRequest(f.ctx, filed.requestId)).toEqual({ status: "partially_completed" });
      expect(await snapshot()).toEqual(first);
    });

    it("wrote one audit entry per event, and the log verifies", async () => {
      const events = await f.store.db.selectFrom("request_events").selectAll().orderBy("id").execute();
      const audit = await f.store.db.selectFrom("audit_log").selectAll().orderBy("seq").execute();
      expect(audit.map((a) => [a.subject_id, a.action])).toEqual(
        events.map((e) => [e.request_id, `request.${e.kind}`]),
      );
      const transitions = events.filter((e) => "to" in JSON.parse(e.data));
      expect(transitions.map((e) => e.kind)).toEqual([
        "send_code",
        "verify",
        "require_approval",
        "approve",
        "start",
        "complete_partially",
      ]);
      for (const event of transitions) {
        const entry = audit.find((a) => a.action === `request.${event.kind}`)!;
        const { from, to } = JSON.parse(event.data);
        expect(JSON.parse(entry.data)).toMatchObject({ from, to, type: "erasure" });
      }
      expect(JSON.stringify(audit)).not.toContain(PERSON);
      expect(await verifyStoredAudit(f.store)).toMatchObject({ ok: true, checked: audit.length });
    });
  });
});
