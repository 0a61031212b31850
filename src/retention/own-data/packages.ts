import { rm } from "node:fs/promises";
import type { Transaction } from "kysely";
import type { StoreSchema } from "../../store/index.js";
import { countOf, type OwnDataPurger } from "./purger.js";

/**
 * Deletes packages by id: the file first (a package on disk holds the same personal data as a row
 * with content), then the rows. A file already gone is fine, so a batch cut off half-way and run
 * again finishes the job; a file that cannot be removed fails the batch, and the row stays to say so.
 */
export async function deletePackages(trx: Transaction<StoreSchema>, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await trx.selectFrom("packages").select(["id", "path"]).where("id", "in", ids).execute();
  for (const row of rows) if (row.path) await rm(row.path, { force: true });
  const deleted = await trx.deleteFrom("packages").where("id", "in", ids).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

/** Access packages whose download link expired longer than the period ago. */
export const expiredPackages: OwnDataPurger = {
  kind: "expired_packages",
  async count(db, cutoff) {
    const row = await db
      .selectFrom("packages")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("expires_at", "<=", cutoff)
      .executeTakeFirst();
    return countOf(row);
  },
  async batch(trx, dialect, cutoff, limit) {
    const query = trx
      .selectFrom("packages")
      .select("id")
      .where("expires_at", "<=", cutoff)
      .orderBy("expires_at")
      .limit(limit);
    const ids = (await dialect.forUpdateSkipLocked(query).execute()).map((r) => r.id);
    return { rows: await deletePackages(trx, ids) };
  },
};
