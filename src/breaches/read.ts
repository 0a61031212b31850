import { type Breach, toBreach } from "./breach.js";
import type { BreachDeps } from "./deps.js";
import { BreachError } from "./errors.js";

export async function getBreach(deps: BreachDeps, id: string): Promise<Breach> {
  const row = await deps.store.db
    .selectFrom("breaches")
    .selectAll()
    .where((eb) => eb.or([eb("id", "=", id), eb("reference", "=", id)]))
    .executeTakeFirst();
  if (!row) throw new BreachError("not-found", "no such breach");
  return toBreach(row);
}

/** Every breach in the register, notified or not, newest awareness first. */
export async function listBreaches(deps: BreachDeps): Promise<Breach[]> {
  const rows = await deps.store.db
    .selectFrom("breaches")
    .selectAll()
    .orderBy("aware_at", "desc")
    .orderBy("reference", "desc")
    .execute();
  return rows.map(toBreach);
}
