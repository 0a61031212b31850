import type { Store } from "../../src/store/open.js";
import { openTestStore } from "../helpers/stores.js";

/** A migrated SQLite store of its own (see openTestStore); `dispose` closes it and removes its folder. */
export async function tempStore(): Promise<{ store: Store; dispose(): Promise<void> }> {
  const testStore = await openTestStore("sqlite");
  return { store: testStore.store, dispose: () => testStore.close() };
}
