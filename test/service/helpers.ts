import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import { DEMO_REGISTER } from "../../src/service/config.js";
import type { Store } from "../../src/store/open.js";
import { openTestStore } from "../helpers/stores.js";

/** A migrated SQLite store of its own (see openTestStore); `remove` closes it and deletes its folder. */
export async function tempStore(): Promise<{ store: Store; dir: string; remove(): Promise<void> }> {
  const testStore = await openTestStore("sqlite");
  return { store: testStore.store, dir: testStore.dir, remove: () => testStore.close() };
}

export async function demoRegister(): Promise<Register> {
  const loaded = await loadRegister(DEMO_REGISTER);
  if (!loaded.register) throw new Error("the demo register does not load");
  return loaded.register;
}
