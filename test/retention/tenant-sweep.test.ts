import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import type { Register } from "../../src/register/schema/register.js";
import { retentionPage } from "../../src/http/admin/pages/retention.js";
import {
  renderRunReport,
  retentionOverview,
  renderStatusCsv,
  renderStatusText,
  retentionStatus,
  runRetention,
  runTenantPurges,
  scheduleTenantDeletion,
  undoTenantDeletion,
} from "../../src/retention/index.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { at } from "./fixture.js";
import { retentionHarness, testClock } from "./harness.js";
import { createTenantSchema, ids, seedTenants, TENANT_TABLES, tenantRegister } from "./tenant-fixture.js";

for (const dialect of dialectsUnderTest()) {
  describe.runIf(await available(dialect))(`the retention sweep and a tenant's undo window on ${dialect}`, () => {
    let database: TestDatabase;
    let connector: Connector;
    let register: Register;
    const clock = testClock("2026-06-01T12:00:00Z");
    let harness: Awaited<ReturnType<typeof retentionHarness>>;

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
      // The application marked the organisation deleted long ago: a sweep by that column would take it now.
      await connector.db
        .updateTable("orgs")
        .set({ deleted_at: at(dialect, "2025-01-01T00:00:00Z") })
        .where("id", "=", 1)
        .execute();
      clock.set("2026-06-01T12:00:00Z");
      harness = await retentionHarness(register, database.url, clock);
      return () => harness.dispose();
    });

    it("leaves a deleted tenant in its undo window to the lifecycle, which purges it once the window ends", async () => {
      await scheduleTenantDeletion(harness.deps, { tenant: "1", requestedBy: "ticket 5" });
      const reports = await runRetention(harness.deps);
      const lifecycle = reports.find((r) => r.rule === "tenant_deletion");
      expect(lifecycle).toMatchObject({ outcome: "tenant_lifecycle", handled: 0, collections: [] });
      expect(await ids(connector.db, "orgs")).toEqual([1, 2]);
      expect(await ids(connector.db, "notes")).toEqual([1, 2, 3, 4, 5]);
      expect(renderRunReport(reports, "en")).toContain(
        "tenant_deletion (14 days): not swept: enforced by the tenant lifecycle",
      );
      expect(renderRunReport(reports, "nl")).toContain(
        "tenant_deletion (14 dagen): niet geveegd: gehandhaafd door de levenscyclus van klantomgevingen",
      );

      clock.set("2026-06-15T12:00:01Z");
      expect((await runRetention(harness.deps, { rules: ["tenant_deletion"] }))[0]!.outcome).toBe("tenant_lifecycle");
      expect(await ids(connector.db, "orgs")).toEqual([1, 2]);
      const [purged] = await runTenantPurges(harness.deps);
      expect(purged).toMatchObject({ outcome: "purged" });
      expect(await ids(connector.db, "orgs")).toEqual([2]);
      expect(await ids(connector.db, "notes")).toEqual([3]);
    });

    it("keeps an undone tenant whatever its deleted column says", async () => {
      await scheduleTenantDeletion(harness.deps, { tenant: "1", requestedBy: "ticket 5" });
      await undoTenantDeletion(harness.deps, "1", "ticket 6");
      clock.set("2026-07-01T00:00:00Z");
      await runRetention(harness.deps);
      expect(await runTenantPurges(harness.deps)).toEqual([]);
      expect(await ids(connector.db, "orgs")).toEqual([1, 2]);
    });

    it("says in the status, in Dutch and English and in the evidence export, who enforces the rule", async () => {
      const rows = await retentionStatus(harness.deps);
      const row = rows.find((r) => r.rule === "tenant_deletion");
      expect(row).toMatchObject({ enforcedBy: "tenant_lifecycle", lastRun: null, nextRun: null, overdue: 0 });
      expect(renderStatusText(rows, "en")).toMatch(/tenant_deletion\s+14 days\s+enforced by the tenant lifecycle/);
      expect(renderStatusText(rows, "nl")).toMatch(
        /tenant_deletion\s+14 dagen\s+gehandhaafd door de levenscyclus van klantomgevingen/,
      );
      const csv = renderStatusCsv(rows).split(/\r?\n/);
      expect(csv[0]).toMatch(/,enforced_by$/);
      expect(csv.find((line) => line.startsWith("tenant_deletion,"))).toMatch(/,tenant_lifecycle$/);
      expect(csv.find((line) => line.startsWith("project_data,"))).toMatch(/,$/);
    });

    it("names the rule on the console's retention page, in Dutch and English, instead of charting a sweep", async () => {
      const view = await retentionOverview(harness.deps);
      expect(view.rules.map((r) => r.rule)).not.toContain("tenant_deletion");
      expect(view.tenantLifecycle).toEqual([{ rule: "tenant_deletion", period: "14 days" }]);
      const page = (lang: "nl" | "en") =>
        retentionPage({ lang, siteName: "Test", path: "/admin/retention", session: null }, view);
      expect(page("en")).toContain(
        "enforces them (waarborg tenant run), undo window and all: tenant_deletion (14 days).",
      );
      expect(page("nl")).toContain(
        "klantomgevingen (waarborg tenant run), met de termijn om ongedaan te maken: tenant_deletion (14 dagen).",
      );
    });
  });
}
