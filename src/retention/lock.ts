import type { Store } from "../store/index.js";

/** How long a rule's lease lasts without renewal; every batch renews it, so only a dead process lets it run out. */
export const DEFAULT_LEASE_MS = 2 * 60_000;

/*
 * Leases count in wall-clock time, not the run's clock: they are about whether a process is still
 * alive, and a test that moves the retention clock must not make a live worker's lease look expired.
 */
const expiry = (leaseMs: number) => new Date(Date.now() + leaseMs).toISOString();

/**
 * Takes the lease on a rule for `holder`, or returns false when another live holder has it. One
 * statement inserts it, or takes over a lease that expired (its holder died half-way), so two
 * workers cannot both win; the read after it says who did.
 */
export async function acquireRuleLock(
  store: Store,
  rule: string,
  holder: string,
  leaseMs = DEFAULT_LEASE_MS,
): Promise<boolean> {
  const now = new Date().toISOString();
  await store.db
    .insertInto("retention_locks")
    .values({ rule, holder, expires_at: expiry(leaseMs) })
    .onConflict((oc) =>
      oc
        .column("rule")
        .doUpdateSet({ holder, expires_at: expiry(leaseMs) })
        .where((eb) => eb.or([eb("retention_locks.expires_at", "<", now), eb("retention_locks.holder", "=", holder)])),
    )
    .execute();
  const row = await store.db.selectFrom("retention_locks").select("holder").where("rule", "=", rule).executeTakeFirst();
  return row?.holder === holder;
}

/** Renews the lease; false when another holder took it over (this one stalled past its lease): stop then. */
export async function renewRuleLock(
  store: Store,
  rule: string,
  holder: string,
  leaseMs = DEFAULT_LEASE_MS,
): Promise<boolean> {
  const result = await store.db
    .updateTable("retention_locks")
    .set({ expires_at: expiry(leaseMs) })
    .where("rule", "=", rule)
    .where("holder", "=", holder)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releaseRuleLock(store: Store, rule: string, holder: string): Promise<void> {
  await store.db.deleteFrom("retention_locks").where("rule", "=", rule).where("holder", "=", holder).execute();
}
