import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Register } from "../../src/register/schema/register.js";
import type { RetentionDeps } from "../../src/retention/index.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";

/** A clock the test moves by hand. */
export interface TestClock {
  now(): Date;
  set(iso: string): void;
}

export function testClock(iso: string): TestClock {
  let current = new Date(iso);
  return { now: () => new Date(current.getTime()), set: (next) => (current = new Date(next)) };
}

/** Retention's dependencies on a migrated SQLite store of their own, over the given company database. */
export async function retentionHarness(
  register: Register,
  databaseUrl: string,
  clock: TestClock,
): Promise<{ deps: RetentionDeps; store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-retention-"));
  const store = await openStore({ url: `sqlite:${join(dir, "store.db")}` });
  await migrateToLatest(store);
  const deps: RetentionDeps = {
    store,
    register,
    env: { RETENTION_DATABASE_URL: databaseUrl, WAARBORG_MASKING_KEY: "retention-test-key-0123456789" },
    now: () => clock.now(),
    dataKey: randomBytes(32),
  };
  return {
    deps,
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
