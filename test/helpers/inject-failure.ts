import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Store } from "../../src/store/open.js";

export const INJECTED = "injected failure";

/**
 * Makes every `insert` or `update` on `table` fail inside the database, with a trigger, so a test can
 * break one step of a transaction without any hook in the code under test. Returns the undo.
 */
export async function failOn(store: Store, table: string, on: "insert" | "update"): Promise<() => Promise<void>> {
  const name = `wb_fail_${randomBytes(4).toString("hex")}`;
  if (store.dialect.name === "sqlite") {
    await sql
      .raw(`create trigger ${name} before ${on} on ${table} begin select raise(abort, '${INJECTED}'); end`)
      .execute(store.db);
    return async () => {
      await sql.raw(`drop trigger ${name}`).execute(store.db);
    };
  }
  await sql
    .raw(`create function ${name}() returns trigger language plpgsql as $$ begin raise exception '${INJECTED}'; end $$`)
    .execute(store.db);
  await sql
    .raw(`create trigger ${name} before ${on} on ${table} for each row execute function ${name}()`)
    .execute(store.db);
  return async () => {
    await sql.raw(`drop trigger ${name} on ${table}`).execute(store.db);
    await sql.raw(`drop function ${name}()`).execute(store.db);
  };
}
