import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import type { Register } from "../../src/register/schema/register.js";
import {
  liftLegalHold,
  placeLegalHold,
  renderPurgeReport,
  runTenantPurges,
  scheduleTenantDeletion,
  TenantDeletionError,
  tenantDeletions,
  undoTenantDeletion,
} from "../../src/retention/index.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { retentionHarness, testClock } from "./harness.js";
import { createTenantSchema, ids, seedTenants, snapshot, TENANT_TABLES, tenantRegister } from "./tenant-fixture.js";

for (const dialect of dialectsUnderTest()) {
  describe.runIf(await available(dialect))(`a tenant's deletion on ${dialect}`, () => {
    let database: TestDatabase;
    let connector: Connector;
    let register: Register;
    const clock = testClock("2026-06-01T12:00:00Z");
    let harness: Awaited<ReturnType<typeof retentionHarness>>;
    const schedule = () => scheduleTenantDeletion(harness.deps, { tenant: "1", requestedBy: "support ticket 881" });
    const afterWindow = "2026-06-15T12:00:01Z";

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createTenantSchema(connector.db, dialect);
      register = await tenantRegister();
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });
    beforeEach(async () => {
      for (const table of TENANT_TABLES) await connector.db.deleteFrom(table).execute();
      await connector.db.schema.dropTable("wb_restrictions").ifExists().execute();
      await seedTenants(connector.db, dialect);
      clock.set("2026-06-01T12:00:00Z");
      harness = await retentionHarness(register, database.url, clock);
      return () => harness.dispose();
    });

    it("records the undo deadline, purge date and backup date the rule sets, and who asked, in the audit log", async () => {
      const scheduled = await schedule();
      expect(scheduled).toMatchObject({
        tenant: "1",
        rule: "tenant_deletion",
        status: "scheduled",
        requestedBy: "support ticket 881",
        requestedAt: "2026-06-01T12:00:00.000Z",
        undoUntil: "2026-06-15T12:00:00.000Z",
        purgeAt: "2026-06-15T12:00:00.000Z",
        backupPurge: "3 months",
        backupsGoneBy: "2026-09-15T12:00:00.000Z",
      });
      const [entry] = (await readAudit(harness.store)).filter(
        (e) => e.action === "retention.tenant_deletion_scheduled",
      );
      expect(entry).toMatchObject({ actor: "support ticket 881", subject_id: scheduled.id });
      const data = JSON.parse(entry!.data) as Record<string, unknown>;
      expect(data).toMatchObject({ tenant: "1", backups_gone_by: "2026-09-15T12:00:00.000Z" });
      expect(entry!.data).not.toContain("Org one");
    });

    it("removes nothing during the undo window, and undo cancels the deletion with nothing touched", async () => {
      const before = await snapshot(connector.db);
      await schedule();
      clock.set("2026-06-15T11:59:59Z");
      expect(await runTenantPurges(harness.deps)).toEqual([]);
      const [waiting] = await runTenantPurges(harness.deps, { tenant: "1" });
      expect(waiting).toMatchObject({ outcome: "waiting", purgeAt: "2026-06-15T12:00:00.000Z" });
      expect(await snapshot(connector.db)).toEqual(before);

      const undone = await undoTenantDeletion(harness.deps, "1", "support ticket 882");
      expect(undone).toMatchObject({ status: "cancelled", cancelledBy: "support ticket 882" });
      clock.set(afterWindow);
      expect(await runTenantPurges(harness.deps)).toEqual([]);
      expect(await snapshot(connector.db)).toEqual(before);
      const audit = await readAudit(harness.store);
      expect(audit.filter((e) => e.action === "retention.tenant_deletion_undone")).toHaveLength(1);
      expect(audit.filter((e) => e.action.startsWith("retention.tenant_purge"))).toEqual([]);
      // Undone once is undone: a second undo finds no deletion, and the tenant can be scheduled anew.
      await expect(undoTenantDeletion(harness.deps, "1", "x")).rejects.toThrow(TenantDeletionError);
      await expect(schedule()).resolves.toMatchObject({ status: "scheduled" });
    });

    it("refuses a second deletion of the same tenant, and undo once the window has closed", async () => {
      await schedule();
      await expect(schedule()).rejects.toThrow(/already has a deletion under way/);
      clock.set(afterWindow);
      await expect(undoTenantDeletion(harness.deps, "1", "x")).rejects.toThrow(/undo window .* closed/);
    });

    it("after the window purges the tenant's rows from every dataset, keeps other tenants' and held rows, and reruns as a no-op", async () => {
      const scheduled = await schedule();
      const otherTenant = (await snapshot(connector.db)) as Record<string, { org_id?: unknown; id: unknown }[]>;
      clock.set(afterWindow);
      const [report] = await runTenantPurges(harness.deps, { batchSize: 2 });
      expect(report).toMatchObject({ outcome: "purged", uncovered: ["mentions"] });
      expect(await ids(connector.db, "orgs")).toEqual([2]);
      expect(await ids(connector.db, "projects")).toEqual([3]);
      expect(await ids(connector.db, "notes")).toEqual([3]);
      // The 2024 invoice is within the 7-year tax hold: it stays, restricted; the 2018 one is gone.
      expect(await ids(connector.db, "tenant_invoices")).toEqual([2, 3]);
      const restricted = await connector.db.selectFrom("wb_restrictions").select(["collection", "row_key"]).execute();
      expect(restricted.map((r) => `${r.collection}:${r.row_key}`)).toEqual(["invoices:2"]);
      // Comments name no tenant column: the purge found organisation 1's through its projects.
      expect(await ids(connector.db, "comments")).toEqual([1]);
      expect(await ids(connector.db, "mentions")).toEqual([1]);
      const kept = await snapshot(connector.db);
      expect(kept.projects).toEqual(otherTenant.projects!.filter((r) => Number(r.org_id) === 2));

      const [status] = await tenantDeletions(harness.deps, "1");
      expect(status).toMatchObject({
        id: scheduled.id,
        status: "purged",
        purgedAt: afterWindow.replace("Z", ".000Z"),
        backupsGoneBy: "2026-09-15T12:00:01.000Z",
        progress: {
          notes: { removed: 4, held: 0, legalHold: 0 },
          comments: { removed: 1, held: 0, legalHold: 0 },
          projects: { removed: 3, held: 0, legalHold: 0 },
          invoices: { removed: 1, held: 1, legalHold: 0 },
          orgs: { removed: 1, held: 0, legalHold: 0 },
        },
      });
      const auditBefore = (await readAudit(harness.store)).length;
      clock.set("2026-07-01T00:00:00Z");
      expect(await runTenantPurges(harness.deps)).toEqual([]);
      await expect(runTenantPurges(harness.deps, { tenant: "1" })).rejects.toThrow(TenantDeletionError);
      expect(await snapshot(connector.db)).toEqual(kept);
      expect((await readAudit(harness.store)).length).toBe(auditBefore);
      expect((await verifyStoredAudit(harness.store)).ok).toBe(true);
    });

    it("keeps, and reports, the rows that a row it does not purge still points at, and the rows above them, until it is gone", async () => {
      await connector.db
        .insertInto("mentions")
        .values([{ id: 2, project_id: 1, body: "m2" }])
        .execute();
      await schedule();
      clock.set(afterWindow);
      const [report] = await runTenantPurges(harness.deps);
      expect(report).toMatchObject({ outcome: "kept" });
      expect(await ids(connector.db, "projects")).toEqual([1, 3]);
      expect(await ids(connector.db, "orgs")).toEqual([1, 2]);
      expect(await ids(connector.db, "notes")).toEqual([3]);
      expect(await ids(connector.db, "mentions")).toEqual([1, 2]);
      const of = (name: string) => report!.collections.find((c) => c.collection === name);
      expect(of("projects")).toMatchObject({ removed: 2, kept: 1 });
      expect(of("orgs")).toMatchObject({ removed: 0, kept: 1 });
      expect(renderPurgeReport([report!], "en")).toContain(
        "  projects: 2 rows removed; 1 kept (restricted) because rows that stay point at them",
      );
      expect(renderPurgeReport([report!], "nl")).toContain(
        "  orgs: 0 rijen verwijderd; 1 bewaard (beperkt) omdat rijen die blijven ernaar verwijzen",
      );
      // Not finished while the tenant's rows stay: the next run, once the mention is gone, finishes it.
      expect((await tenantDeletions(harness.deps, "1"))[0]).toMatchObject({ status: "purging", purgedAt: null });
      await connector.db.deleteFrom("mentions").where("id", "=", 2).execute();
      const [done] = await runTenantPurges(harness.deps);
      expect(done).toMatchObject({ outcome: "purged" });
      expect(await ids(connector.db, "orgs")).toEqual([2]);
      expect(await ids(connector.db, "projects")).toEqual([3]);
    });

    it("stops at a legal hold on the tenant until it is lifted", async () => {
      await schedule();
      const hold = await placeLegalHold(harness.deps, { scope: "tenant", target: "1", reason: "claim 9", actor: "op" });
      const before = await snapshot(connector.db);
      clock.set(afterWindow);
      const [held] = await runTenantPurges(harness.deps);
      expect(held).toMatchObject({ outcome: "legal_hold" });
      expect(await snapshot(connector.db)).toEqual(before);
      expect((await tenantDeletions(harness.deps, "1"))[0]).toMatchObject({ status: "scheduled" });

      await liftLegalHold(harness.deps, hold.id, "settled", "op");
      const [purged] = await runTenantPurges(harness.deps);
      expect(purged).toMatchObject({ outcome: "purged" });
      expect(await ids(connector.db, "orgs")).toEqual([2]);
    });

    it("keeps a collection under a legal hold and finishes the purge once it is lifted", async () => {
      await schedule();
      const hold = await placeLegalHold(harness.deps, {
        scope: "collection",
        target: "notes",
        reason: "incident 3",
        actor: "op",
      });
      clock.set(afterWindow);
      // Notes stay, and the projects and organisations they point at with them; invoices go.
      const [partly] = await runTenantPurges(harness.deps);
      expect(partly).toMatchObject({ outcome: "incomplete" });
      expect(partly!.collections.filter((c) => c.skipped).map((c) => c.collection)).toEqual([
        "notes",
        "projects",
        "orgs",
      ]);
      expect(await ids(connector.db, "notes")).toEqual([1, 2, 3, 4, 5]);
      expect(await ids(connector.db, "projects")).toEqual([1, 2, 3, 4]);
      expect(await ids(connector.db, "tenant_invoices")).toEqual([2, 3]);
      expect((await tenantDeletions(harness.deps, "1"))[0]).toMatchObject({ status: "purging" });
      await liftLegalHold(harness.deps, hold.id, "closed", "op");
      const [done] = await runTenantPurges(harness.deps);
      expect(done).toMatchObject({ outcome: "purged" });
      expect(await ids(connector.db, "notes")).toEqual([3]);
    });

    it("keeps a person's rows under a legal hold, and purges them once it is lifted", async () => {
      await schedule();
      const hold = await placeLegalHold(harness.deps, {
        scope: "person",
        target: "email=one@example.nl",
        reason: "claim 12",
        actor: "op",
      });
      clock.set(afterWindow);
      const [partly] = await runTenantPurges(harness.deps);
      expect(partly).toMatchObject({ outcome: "incomplete" });
      expect(partly!.collections.find((c) => c.collection === "invoices")).toMatchObject({ removed: 0, legalHold: 1 });
      expect(await ids(connector.db, "tenant_invoices")).toEqual([1, 2, 3]);
      expect(await ids(connector.db, "orgs")).toEqual([2]);
      expect((await tenantDeletions(harness.deps, "1"))[0]).toMatchObject({ status: "purging", purgedAt: null });

      await liftLegalHold(harness.deps, hold.id, "settled", "op");
      const [done] = await runTenantPurges(harness.deps);
      expect(done).toMatchObject({ outcome: "purged" });
      expect(await ids(connector.db, "tenant_invoices")).toEqual([2, 3]);
      expect(JSON.stringify(await readAudit(harness.store))).not.toContain("one@example.nl");
    });

    it("lets one of two workers purge a tenant, once", async () => {
      await schedule();
      clock.set(afterWindow);
      const runs = await Promise.all(
        ["worker-a", "worker-b"].map((holder) => runTenantPurges(harness.deps, { batchSize: 1, holder })),
      );
      const outcomes = runs.flat().map((r) => r.outcome);
      expect(outcomes.filter((o) => o === "purged")).toEqual(["purged"]);
      expect(outcomes.filter((o) => o !== "purged" && o !== "busy")).toEqual([]);
      expect(await ids(connector.db, "orgs")).toEqual([2]);
      const audit = await readAudit(harness.store);
      expect(audit.filter((e) => e.action === "retention.tenant_purge_started")).toHaveLength(1);
      expect(audit.filter((e) => e.action === "retention.tenant_purge_finished")).toHaveLength(1);
      const [status] = await tenantDeletions(harness.deps, "1");
      expect(status!.progress.notes).toEqual({ removed: 4, held: 0, legalHold: 0 });
    });

    it("resumes a purge that stopped after a batch, and counts every row once", async () => {
      await schedule();
      clock.set(afterWindow);
      const rowCount = async () => Object.values(await snapshot(connector.db)).reduce((n, rows) => n + rows.length, 0);
      const before = await rowCount();
      let batches = 0;
      const [first] = await runTenantPurges(harness.deps, {
        batchSize: 1,
        afterBatch: () => {
          batches++;
          if (batches === 1) throw new Error("stopped half-way");
        },
      });
      expect(first).toMatchObject({ outcome: "failed", error: "stopped half-way" });
      // The first batch committed before the stop: one row gone, nothing else.
      expect(await rowCount()).toBe(before - 1);
      const [second] = await runTenantPurges(harness.deps, { batchSize: 1 });
      expect(second).toMatchObject({ outcome: "purged" });
      expect(await ids(connector.db, "notes")).toEqual([3]);
      const [status] = await tenantDeletions(harness.deps, "1");
      expect(status!.progress.notes).toEqual({ removed: 4, held: 0, legalHold: 0 });
      const batchesAudited = (await readAudit(harness.store))
        .filter((e) => e.action === "retention.tenant_purge_batch")
        .map((e) => JSON.parse(e.data) as { collection: string; rows: number });
      const rows = (c: string) => batchesAudited.filter((b) => b.collection === c).reduce((n, b) => n + b.rows, 0);
      expect([rows("notes"), rows("comments"), rows("projects"), rows("invoices"), rows("orgs")]).toEqual([
        4, 1, 3, 1, 1,
      ]);
      expect((await verifyStoredAudit(harness.store)).ok).toBe(true);
    });
  });
}
