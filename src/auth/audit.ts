import type { Transaction } from "kysely";
import { appendAuditIn, type AuditRecord, retryOnConflict } from "../audit/index.js";
import type { Store, StoreSchema } from "../store/index.js";

/** Who changes accounts or tokens, and when: "user:<id>" from the console, "cli" from the command line. */
export interface Change {
  actor: string;
  now?: Date;
}

/**
 * Runs a change and its audit entry in one transaction, so the log holds exactly the changes that
 * happened. The entry carries ids, roles and scopes, never an address or a name: the audit log is
 * exported as is.
 */
export async function audited<T>(
  store: Store,
  change: Change,
  work: (trx: Transaction<StoreSchema>) => Promise<T>,
  entry: (result: T) => Omit<AuditRecord, "actor" | "at"> | undefined,
): Promise<T> {
  return retryOnConflict(() =>
    store.db.transaction().execute(async (trx) => {
      const result = await work(trx);
      const record = entry(result);
      if (record)
        await appendAuditIn(trx, store.dialect, { ...record, actor: change.actor, at: change.now ?? new Date() });
      return result;
    }),
  );
}
