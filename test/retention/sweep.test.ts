import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { HASH_PREFIX } from "../../src/datasets/masking.js";
import type { Register } from "../../src/register/schema/register.js";
import { liftLegalHold, placeLegalHold, runRetention } from "../../src/retention/index.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { at, createRetentionSchema, retentionRegister } from "./fixture.js";
import { retentionHarness, testClock } from "./harness.js";

const ids = async (db: Connector["db"], table: string) =>
  (await db.selectFrom(table).select("id").orderBy("id").execute()).map((r) => Number(r.id));

for (const dialect of dialectsUnderTest()) {
  describe.runIf(await available(dialect))(`retention sweeps on ${dialect}`, () => {
    let database: TestDatabase;
    let connector: Connector;
    let register: Register;
    const clock = testClock("2026-06-01T12:00:00Z");
    let harness: Awaited<ReturnType<typeof retentionHarness>>;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createRetentionSchema(connector.db, dialect);
      register = await retentionRegister();
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });
    beforeEach(async () => {
      for (const table of ["accounts", "logins", "invoices", "tickets"]) await connector.db.deleteFrom(table).execute();
      await connector.db.schema.dropTable("wb_restrictions").ifExists().execute();
      await connector.db
        .insertInto("logins")
        .values([
          { id: 1, account_id: 1, ip: "10.0.0.1", at: at(dialect, "2026-01-01T00:00:00Z") },
          { id: 2, account_id: 1, ip: "10.0.0.2", at: at(dialect, "2026-03-02T12:00:00Z") },
          { id: 3, account_id: 2, ip: "10.0.0.3", at: at(dialect, "2026-03-03T12:00:01Z") },
          { id: 4, account_id: 2, ip: "10.0.0.4", at: at(dialect, "2026-05-30T00:00:00Z") },
        ])
        .execute();
      await connector.db
        .insertInto("invoices")
        .values([
          { id: 1, billing_name: "Alice", issued_at: at(dialect, "2018-01-15T00:00:00Z") },
          { id: 2, billing_name: "Alice", issued_at: at(dialect, "2024-02-01T00:00:00Z") },
          { id: 3, billing_name: "Bob", issued_at: at(dialect, "2026-01-01T00:00:00Z") },
        ])
        .execute();
      await connector.db
        .insertInto("accounts")
        .values([
          { id: 1, email: "alice@example.nl", name: "Alice", ended_at: at(dialect, "2025-05-01T00:00:00Z") },
          { id: 2, email: "bob@example.nl", name: "Bob", ended_at: null },
          { id: 3, email: "carol@example.nl", name: "Carol", ended_at: at(dialect, "2025-07-01T00:00:00Z") },
        ])
        .execute();
      await connector.db
        .insertInto("tickets")
        .values([
          { id: 1, org_id: 1, subject: "a", closed_at: at(dialect, "2026-04-01T00:00:00Z") },
          { id: 2, org_id: 2, subject: "b", closed_at: at(dialect, "2026-04-01T00:00:00Z") },
          { id: 3, org_id: 2, subject: "c", closed_at: null },
        ])
        .execute();
      clock.set("2026-06-01T12:00:00Z");
      harness = await retentionHarness(register, database.url, clock);
      return () => harness.dispose();
    });

    it("removes rows past their period, keeps rows not yet due, and keeps held rows restricted", async () => {
      const reports = await runRetention(harness.deps, { batchSize: 2 });
      expect(reports.map((r) => [r.rule, r.outcome, r.handled, r.held])).toEqual([
        ["closed_tickets", "completed", 2, 0],
        ["contract_data", "completed", 1, 0],
        ["login_events", "completed", 2, 0],
        ["tax_records", "completed", 1, 1],
      ]);
      // 90 days before 2026-06-01T12:00 is 2026-03-03T12:00: login 3 is one second short of it.
      expect(await ids(connector.db, "logins")).toEqual([3, 4]);
      // Invoices are a year past, but the 7-year tax hold keeps them, restricted; the 2018 one is past both.
      expect(await ids(connector.db, "invoices")).toEqual([2, 3]);
      const restricted = await connector.db.selectFrom("wb_restrictions").select(["collection", "row_key"]).execute();
      expect(restricted.map((r) => `${r.collection}:${r.row_key}`).sort()).toEqual(["invoices:2"]);
      const accounts = await connector.db.selectFrom("accounts").selectAll().orderBy("id").execute();
      expect(accounts[0]).toMatchObject({ name: "[removed]" });
      expect(String(accounts[0]!.email)).toMatch(new RegExp(`^${HASH_PREFIX}`));
      expect(accounts.slice(1).map((a) => a.name)).toEqual(["Bob", "Carol"]);
      expect(await ids(connector.db, "tickets")).toEqual([3]);
    });

    it("moves with the clock: a row goes once its period has passed, and an anonymised row is not counted twice", async () => {
      await runRetention(harness.deps);
      clock.set("2026-07-02T00:00:00Z");
      const reports = await runRetention(harness.deps);
      const byRule = Object.fromEntries(reports.map((r) => [r.rule, r]));
      expect(byRule.login_events!.handled).toBe(1);
      expect(byRule.contract_data!.handled).toBe(1);
      expect(byRule.contract_data!.collections[0]!.alreadyDone).toBe(1);
      expect(await ids(connector.db, "logins")).toEqual([4]);
      const carol = await connector.db.selectFrom("accounts").selectAll().where("id", "=", 3).executeTakeFirstOrThrow();
      expect(carol.name).toBe("[removed]");
    });

    it("counts in a dry run and changes nothing", async () => {
      const reports = await runRetention(harness.deps, { dryRun: true });
      expect(reports.map((r) => [r.rule, r.outcome, r.handled])).toEqual([
        ["closed_tickets", "dry_run", 2],
        ["contract_data", "dry_run", 1],
        ["login_events", "dry_run", 2],
        ["tax_records", "dry_run", 1],
      ]);
      expect(await ids(connector.db, "logins")).toEqual([1, 2, 3, 4]);
      expect(await harness.store.db.selectFrom("retention_runs").selectAll().execute()).toEqual([]);
    });

    it("keeps what a legal hold covers (a person, a tenant, a collection) until it is lifted, with the reason in the audit log", async () => {
      const person = await placeLegalHold(harness.deps, {
        scope: "person",
        target: "email=alice@example.nl",
        reason: "claim 2026-17",
        actor: "operator",
      });
      const tenant = await placeLegalHold(harness.deps, {
        scope: "tenant",
        target: "1",
        reason: "incident 4",
        actor: "operator",
      });
      const logins = await placeLegalHold(harness.deps, {
        scope: "collection",
        target: "logins",
        reason: "incident 4",
        actor: "operator",
      });
      const held = Object.fromEntries((await runRetention(harness.deps)).map((r) => [r.rule, r]));
      expect(held.contract_data!.handled).toBe(0);
      expect(held.contract_data!.legalHold).toBe(1);
      expect(held.closed_tickets!.handled).toBe(1);
      expect(held.login_events!.collections[0]!.skipped).toBe(true);
      expect(await ids(connector.db, "tickets")).toEqual([1, 3]);
      expect(await ids(connector.db, "logins")).toEqual([1, 2, 3, 4]);

      for (const hold of [person, tenant, logins]) await liftLegalHold(harness.deps, hold.id, "settled", "operator");
      await runRetention(harness.deps);
      expect(await ids(connector.db, "tickets")).toEqual([3]);
      expect(await ids(connector.db, "logins")).toEqual([3, 4]);
      const alice = await connector.db.selectFrom("accounts").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
      expect(alice.name).toBe("[removed]");

      const audit = await readAudit(harness.store);
      const placed = audit.filter((e) => e.action === "retention.hold_placed").map((e) => JSON.parse(e.data));
      expect(placed).toEqual([
        { reason: "claim 2026-17", scope: "person", target: "email=…" },
        { reason: "incident 4", scope: "tenant", target: "1" },
        { reason: "incident 4", scope: "collection", target: "logins" },
      ]);
      expect(audit.filter((e) => e.action === "retention.hold_lifted")).toHaveLength(3);
      // The person's address is sealed in the store and never in the log.
      expect(JSON.stringify(audit)).not.toContain("alice@example.nl");
      const rows = await harness.store.db.selectFrom("retention_holds").selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain("alice@example.nl");
    });

    it("resumes a sweep that stopped after a batch, and finishes it with every run audited", async () => {
      let batches = 0;
      const first = await runRetention(harness.deps, {
        rules: ["login_events"],
        batchSize: 1,
        afterBatch: () => {
          batches++;
          if (batches === 1) throw new Error("stopped half-way");
        },
      });
      expect(first[0]).toMatchObject({ outcome: "failed", error: "stopped half-way" });
      expect(await ids(connector.db, "logins")).toEqual([2, 3, 4]);
      const second = await runRetention(harness.deps, { rules: ["login_events"], batchSize: 1 });
      expect(second[0]).toMatchObject({ outcome: "completed", handled: 1 });
      expect(await ids(connector.db, "logins")).toEqual([3, 4]);
      const runs = await harness.store.db
        .selectFrom("retention_runs")
        .select(["status", "handled"])
        .orderBy("started_at")
        .execute();
      expect(runs.map((r) => r.status).sort()).toEqual(["completed", "failed"]);
      const audit = await readAudit(harness.store);
      expect(audit.filter((e) => e.action === "retention.batch").map((e) => JSON.parse(e.data).rows)).toEqual([1, 1]);
      expect((await verifyStoredAudit(harness.store)).ok).toBe(true);
    });
  });
}
