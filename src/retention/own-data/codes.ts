import type { ExpressionBuilder } from "kysely";
import type { StoreSchema } from "../../store/index.js";
import { countOf, type OwnDataPurger } from "./purger.js";
import { UNVERIFIED } from "./unverified.js";

/**
 * An expired code that guards nothing any more. A code with wrong tries or a lock on a request still
 * awaiting verification carries the count that stops a new code from buying new guesses, so it stays
 * until its request goes (as an unverified request) or leaves verification.
 */
const due = (cutoff: string) => (eb: ExpressionBuilder<StoreSchema, "verification_codes">) =>
  eb.and([
    eb("expires_at", "<=", cutoff),
    eb.or([
      eb.and([eb("attempts", "=", 0), eb("locked_at", "is", null)]),
      eb(
        "request_id",
        "not in",
        eb.selectFrom("requests").select("requests.id").where("requests.status", "in", UNVERIFIED),
      ),
    ]),
  ]);

/** One-time verification codes expired longer than the period ago. */
export const expiredCodes: OwnDataPurger = {
  kind: "expired_codes",
  async count(db, cutoff) {
    const row = await db
      .selectFrom("verification_codes")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where(due(cutoff))
      .executeTakeFirst();
    return countOf(row);
  },
  async batch(trx, dialect, cutoff, limit) {
    const query = trx
      .selectFrom("verification_codes")
      .select("request_id")
      .where(due(cutoff))
      .orderBy("expires_at")
      .limit(limit);
    const ids = (await dialect.forUpdateSkipLocked(query).execute()).map((r) => r.request_id);
    if (ids.length === 0) return { rows: 0 };
    const deleted = await trx.deleteFrom("verification_codes").where("request_id", "in", ids).executeTakeFirst();
    return { rows: Number(deleted.numDeletedRows) };
  },
};
