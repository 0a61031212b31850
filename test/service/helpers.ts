import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { DEMO_REGISTER } from "../../src/service/config.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";

/** A migrated SQLite store in a fresh temporary folder; `remove` closes it and deletes the folder. */
export async function tempStore(): Promise<{ store: Store; dir: string; remove(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-service-"));
  const store = await openStore({ url: `sqlite:${join(dir, "waarborg.db")}` });
  await migrateToLatest(store);
  return {
    store,
    dir,
    remove: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function demoRegister(): Promise<Register> {
  const loaded = await loadRegister(DEMO_REGISTER);
  if (!loaded.register) throw new Error("the demo register does not load");
  return loaded.register;
}
