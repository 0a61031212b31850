import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";

/** A migrated SQLite store in its own temporary folder; `dispose` closes it and removes the folder. */
export async function tempStore(): Promise<{ store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-auth-"));
  const store = await openStore({ url: `sqlite:${join(dir, "store.db")}` });
  await migrateToLatest(store);
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
