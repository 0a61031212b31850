import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { openStore, type Store } from "../../src/store/open.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { at, createRetentionSchema, RETENTION_REGISTER } from "./fixture.js";
import { cliProcess, killHalfWay } from "./cli-process.js";

const EXPIRED = 4000;
const BATCH = 40;

const sweeper = (args: string[], env: NodeJS.ProcessEnv) => cliProcess(["retention", "run", ...args], env);

const postgres = await available("postgres");

for (const dialect of dialectsUnderTest()) {
  describe.runIf(postgres && (await available(dialect)))(`two sweepers on ${dialect}, one killed half-way`, () => {
    let storeDb: TestDatabase;
    let appDb: TestDatabase;
    let app: Connector;
    let store: Store;
    const dir = mkdtempSync(join(tmpdir(), "waarborg-retention-kill-"));
    let killed: { code: number | null; signal: NodeJS.Signals | null };
    let goneAtKill = 0;
    let busyOutput = "";
    let finalOutput = "";

    beforeAll(async () => {
      storeDb = await createTestDatabase("postgres");
      appDb = await createTestDatabase(dialect);
      app = await openConnector(appDb.url);
      await createRetentionSchema(app.db, dialect);
      // Expired logins 1..EXPIRED, then logins not due yet; a legal hold is not needed to show "nothing else touched".
      const rows = [];
      for (let id = 1; id <= EXPIRED + 200; id++)
        rows.push({
          id,
          account_id: id % 7,
          ip: `10.0.${id % 250}.1`,
          at: at(dialect, id <= EXPIRED ? "2020-01-01T00:00:00Z" : "2999-01-01T00:00:00Z"),
        });
      for (let i = 0; i < rows.length; i += 500)
        await app.db
          .insertInto("logins")
          .values(rows.slice(i, i + 500))
          .execute();
      writeFileSync(join(dir, "privacy.yaml"), RETENTION_REGISTER);
      const env = {
        ...process.env,
        RETENTION_DATABASE_URL: appDb.url,
        WAARBORG_MASKING_KEY: "retention-kill-key-0123456789",
        WAARBORG_RETENTION_LEASE_SECONDS: "2",
        // The PostgreSQL store is named through the environment, as a deployment names it.
        DATABASE_URL: storeDb.url,
      };
      const args = ["--rule", "login_events", "--batch-size", String(BATCH), "--register", join(dir, "privacy.yaml")];
      const count = async () =>
        Number(
          (
            await app.db
              .selectFrom("logins")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );

      // Both start at once; one takes the rule's lease and sweeps, the other finds it busy and leaves it alone.
      const both = [sweeper(args, env), sweeper(args, env)];
      const firstOut = await Promise.race(both.map((w, i) => w.exited.then(() => i)));
      const idle = both[firstOut]!;
      const working = both[1 - firstOut]!;
      expect((await idle.exited).code).toBe(0);
      busyOutput = idle.output();
      // Kill the working one once it has swept a few batches, well before it is done.
      killed = await killHalfWay(working, async () => (await count()) <= EXPIRED + 200 - 5 * BATCH);
      goneAtKill = EXPIRED + 200 - (await count());
      // Once the dead worker's lease has run out, the second worker takes the rule over and finishes.
      await new Promise((r) => setTimeout(r, 2100));
      const again = sweeper(args, env);
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

    it("killed the first sweeper half-way, while the second found the rule busy", () => {
      expect(killed).toEqual({ code: null, signal: "SIGKILL" });
      expect(goneAtKill).toBeGreaterThan(0);
      expect(goneAtKill).toBeLessThan(EXPIRED);
      expect(busyOutput).toContain("skipped: another process is sweeping this rule");
    });

    it("removed every expired row and touched nothing else", async () => {
      expect(finalOutput).toContain("login_events (90 days): done");
      const left = await app.db.selectFrom("logins").select(["id", "ip"]).orderBy("id").execute();
      expect(left.map((r) => Number(r.id))).toEqual(Array.from({ length: 200 }, (_, i) => EXPIRED + 1 + i));
      expect(left.every((r) => String(r.ip).startsWith("10.0."))).toBe(true);
    });

    it("recorded the killed run as interrupted and the one that finished it, with an audit log that verifies", async () => {
      const runs = await store.db
        .selectFrom("retention_runs")
        .select(["status", "handled"])
        .orderBy("started_at")
        .execute();
      expect(runs.map((r) => r.status)).toEqual(["interrupted", "completed"]);
      const audit = await readAudit(store);
      const audited = audit
        .filter((e) => e.action === "retention.batch")
        .reduce((n, e) => n + (JSON.parse(e.data) as { rows: number }).rows, 0);
      // The batch in flight at the kill may have committed without its audit entry: at most one batch short.
      expect(audited).toBeLessThanOrEqual(EXPIRED);
      expect(audited).toBeGreaterThanOrEqual(EXPIRED - BATCH);
      // The run that finished took exactly the rows the killed one had not: each row went once.
      expect(Number(runs[1]!.handled)).toBe(EXPIRED - goneAtKill);
      const verified = await verifyStoredAudit(store);
      expect(verified.problems).toEqual([]);
      expect(verified.ok).toBe(true);
    });
  });
}
