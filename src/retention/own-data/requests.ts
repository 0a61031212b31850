import { countOf, type OwnDataPurger } from "./purger.js";
import { deletePackages } from "./packages.js";
import { UNVERIFIED } from "./unverified.js";

/**
 * Requests nobody confirmed, filed longer than the period ago, with everything that hangs off them:
 * their events, code, packages (none are made before verification, but a file must not outlive its
 * row) and OpenDSR link. The audit log keeps its entries about them: it is append-only, holds ids and
 * counts only, and must still verify.
 */
export const unverifiedRequests: OwnDataPurger = {
  kind: "unverified_requests",
  async count(db, cutoff) {
    const row = await db
      .selectFrom("requests")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("status", "in", UNVERIFIED)
      .where("received_at", "<=", cutoff)
      .executeTakeFirst();
    return countOf(row);
  },
  async batch(trx, dialect, cutoff, limit) {
    const query = trx
      .selectFrom("requests")
      .select("id")
      .where("status", "in", UNVERIFIED)
      .where("received_at", "<=", cutoff)
      .orderBy("received_at")
      .limit(limit);
    // Skip-locked: a request someone is verifying right now is held by that transaction; the next pass sees it.
    const ids = (await dialect.forUpdateSkipLocked(query).execute()).map((r) => r.id);
    if (ids.length === 0) return { rows: 0 };
    const events = await trx.deleteFrom("request_events").where("request_id", "in", ids).executeTakeFirst();
    const codes = await trx.deleteFrom("verification_codes").where("request_id", "in", ids).executeTakeFirst();
    const packageIds = await trx.selectFrom("packages").select("id").where("request_id", "in", ids).execute();
    const packages = await deletePackages(
      trx,
      packageIds.map((p) => p.id),
    );
    await trx.deleteFrom("opendsr_links").where("request_id", "in", ids).execute();
    const requests = await trx.deleteFrom("requests").where("id", "in", ids).executeTakeFirst();
    return {
      rows: Number(requests.numDeletedRows),
      with: { events: Number(events.numDeletedRows), codes: Number(codes.numDeletedRows), packages },
    };
  },
};
