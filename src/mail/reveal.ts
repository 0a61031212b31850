import { appendAudit } from "../audit/index.js";
import type { Store } from "../store/index.js";
import type { OutboxRow } from "../store/index.js";

/**
 * An outbox message with its codes and links readable, for an admin who has to pass one on by hand.
 * The reveal is written to the audit log first, so nobody reads a secret without a trace; the entry
 * names the message, not what it says.
 */
export async function revealOutboxMessage(
  store: Store,
  id: string,
  actor: string,
  now: Date,
): Promise<OutboxRow | undefined> {
  const row = await store.db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  await appendAudit(store, { actor, action: "outbox.reveal", subjectType: "outbox", subjectId: id, at: now });
  return row;
}
