import type { AuditEntry } from "../../audit/index.js";
import type { OutboxRow, Store } from "../../store/index.js";

/*
 * Reads only the console needs: one outbox message by id, and the audit log newest first a page at a
 * time. Plain lookups by key; no domain rule lives here.
 */

export async function outboxMessage(store: Store, id: string): Promise<OutboxRow | undefined> {
  return store.db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Up to `limit` entries before `beforeSeq` (or the newest), newest first. */
export async function latestAudit(store: Store, limit: number, beforeSeq?: number): Promise<AuditEntry[]> {
  let query = store.db.selectFrom("audit_log").selectAll().orderBy("seq", "desc").limit(limit);
  if (beforeSeq !== undefined) query = query.where("seq", "<", beforeSeq);
  return (await query.execute()).map((row) => ({ ...row, seq: Number(row.seq) }));
}
