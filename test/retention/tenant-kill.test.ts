import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { scheduleTenantDeletion, tenantDeletions } from "../../src/retention/index.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { at } from "./fixture.js";
import { createTenantSchema, TENANT_REGISTER, tenantRegister } from "./tenant-fixture.js";
import { cliProcess, killHalfWay } from "./cli-process.js";

const TENANT_NOTES = 4000;
const OTHER_NOTES = 200;
const BATCH = 40;

const purger = (args: string[], env: NodeJS.ProcessEnv) => cliProcess(["tenant", "run", ...args], env);

const postgres = await available("postgres");

for (const dialect of dialectsUnderTest()) {
  describe.runIf(postgres && (await available(dialect)))(
    `two tenant purgers on ${dialect}, one killed half-way`,
    () => {
      let storeDb: TestDatabase;
      let appDb: TestDatabase;
      let app: Connector;
      let store: Store;
      const dir = mkdtempSync(join(tmpdir(), "waarborg-tenant-kill-"));
      let killed: { code: number | null; signal: NodeJS.Signals | null };
      let goneAtKill = 0;
      let busyOutput = "";
      let finalOutput = "";
      const count = async () =>
        Number(
          (
            await app.db
              .selectFrom("notes")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );

      beforeAll(async () => {
        storeDb = await createTestDatabase("postgres");
        appDb = await createTestDatabase(dialect);
        app = await openConnector(appDb.url);
        await createTenantSchema(app.db, dialect);
        await app.db
          .insertInto("orgs")
          .values([
            { id: 1, name: "Org one", deleted_at: null },
            { id: 2, name: "Org two", deleted_at: null },
          ])
          .execute();
        const when = at(dialect, "2026-01-01T00:00:00Z");
        await app.db
          .insertInto("projects")
          .values([
            { id: 1, org_id: 1, title: "p1", updated_at: when },
            { id: 2, org_id: 2, title: "p2", updated_at: when },
          ])
          .execute();
        const rows = [];
        for (let id = 1; id <= TENANT_NOTES + OTHER_NOTES; id++) {
          const org = id <= TENANT_NOTES ? 1 : 2;
          rows.push({ id, org_id: org, project_id: org, body: `note ${id}`, created_at: when });
        }
        for (let i = 0; i < rows.length; i += 500)
          await app.db
            .insertInto("notes")
            .values(rows.slice(i, i + 500))
            .execute();

        // Scheduled a month ago, so its undo window is over.
        const scheduling = await openStore({ url: storeDb.url });
        await migrateToLatest(scheduling);
        const monthAgo = new Date(Date.now() - 30 * 86_400_000);
        await scheduleTenantDeletion(
          { store: scheduling, register: await tenantRegister(), env: {}, now: () => monthAgo },
          { tenant: "1", requestedBy: "ticket 40" },
        );
        await scheduling.close();

        writeFileSync(join(dir, "privacy.yaml"), TENANT_REGISTER);
        const env = {
          ...process.env,
          RETENTION_DATABASE_URL: appDb.url,
          WAARBORG_RETENTION_LEASE_SECONDS: "2",
          DATABASE_URL: storeDb.url,
        };
        const args = ["--batch-size", String(BATCH), "--register", join(dir, "privacy.yaml")];

        // Both start at once; one takes the tenant's lease and purges, the other finds it busy.
        const both = [purger(args, env), purger(args, env)];
        const firstOut = await Promise.race(both.map((w, i) => w.exited.then(() => i)));
        const idle = both[firstOut]!;
        const working = both[1 - firstOut]!;
        expect((await idle.exited).code).toBe(0);
        busyOutput = idle.output();
        killed = await killHalfWay(working, async () => (await count()) <= TENANT_NOTES + OTHER_NOTES - 5 * BATCH);
        goneAtKill = TENANT_NOTES + OTHER_NOTES - (await count());
        // Once the dead purger's lease has run out, a new run takes the purge over and finishes it.
        await new Promise((r) => setTimeout(r, 2100));
        const again = purger(args, env);
        expect((await again.exited).code).toBe(0);
        finalOutput = again.output();
        store = await openStore({ url: storeDb.url });
      }, 120_000);
      afterAll(async () => {
        await store?.close();
        await app?.close();
        await appDb?.drop();
        await storeDb?.drop();
        rmSync(dir, { recursive: true, force: true });
      });

      it("killed the first purger half-way, while the second found the tenant busy", () => {
        expect(killed).toEqual({ code: null, signal: "SIGKILL" });
        expect(goneAtKill).toBeGreaterThan(0);
        expect(goneAtKill).toBeLessThan(TENANT_NOTES);
        expect(busyOutput).toContain("Tenant 1: skipped: another process is purging this tenant");
      });

      it("removed every row of the tenant and none of the other tenant's", async () => {
        expect(finalOutput).toContain("Tenant 1: purged");
        const left = await app.db.selectFrom("notes").select(["id", "org_id"]).orderBy("id").execute();
        expect(left.map((r) => Number(r.id))).toEqual(
          Array.from({ length: OTHER_NOTES }, (_, i) => TENANT_NOTES + 1 + i),
        );
        expect((await app.db.selectFrom("projects").select("id").execute()).map((r) => Number(r.id))).toEqual([2]);
        expect((await app.db.selectFrom("orgs").select("id").execute()).map((r) => Number(r.id))).toEqual([2]);
      });

      it("recorded the purge as done, at most the batch in flight at the kill short, with an audit log that verifies", async () => {
        const [deletion] = await tenantDeletions({
          store,
          register: await tenantRegister(),
          env: {},
          now: () => new Date(),
        });
        expect(deletion!.status).toBe("purged");
        const recorded = deletion!.progress.notes!.removed;
        expect(recorded).toBeLessThanOrEqual(TENANT_NOTES);
        expect(recorded).toBeGreaterThanOrEqual(TENANT_NOTES - BATCH);
        const audit = await readAudit(store);
        expect(audit.filter((e) => e.action === "retention.tenant_purge_started")).toHaveLength(1);
        expect(audit.filter((e) => e.action === "retention.tenant_purge_finished")).toHaveLength(1);
        const verified = await verifyStoredAudit(store);
        expect(verified.problems).toEqual([]);
        expect(verified.ok).toBe(true);
      });
    },
  );
}
