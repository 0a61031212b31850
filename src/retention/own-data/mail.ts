import type { ExpressionBuilder } from "kysely";
import type { StoreSchema } from "../../store/index.js";
import { countOf, type OwnDataPurger } from "./purger.js";

/**
 * A message counts from its delivery: `sent_at` when a transport recorded one, else the moment the
 * embedded transport wrote it to the outbox (which is its delivery: the outbox is where it is read).
 * Mail bodies hold status links and codes, so no message outlives the period.
 */
const due = (cutoff: string) => (eb: ExpressionBuilder<StoreSchema, "outbox">) =>
  eb.or([
    eb.and([eb("sent_at", "is not", null), eb("sent_at", "<=", cutoff)]),
    eb.and([eb("sent_at", "is", null), eb("created_at", "<=", cutoff)]),
  ]);

/** Mail in the service's outbox delivered longer than the period ago. */
export const deliveredMail: OwnDataPurger = {
  kind: "delivered_mail",
  async count(db, cutoff) {
    const row = await db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where(due(cutoff))
      .executeTakeFirst();
    return countOf(row);
  },
  async batch(trx, dialect, cutoff, limit) {
    const query = trx.selectFrom("outbox").select("id").where(due(cutoff)).orderBy("created_at").limit(limit);
    const ids = (await dialect.forUpdateSkipLocked(query).execute()).map((r) => r.id);
    if (ids.length === 0) return { rows: 0 };
    const deleted = await trx.deleteFrom("outbox").where("id", "in", ids).executeTakeFirst();
    return { rows: Number(deleted.numDeletedRows) };
  },
};
