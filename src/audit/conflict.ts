import { setTimeout as sleep } from "node:timers/promises";

/**
 * Whether a failed transaction lost a race for the audit log's next number, or (SQLite, several
 * processes) for the write lock: both mean "read again and retry", nothing is wrong with the data.
 */
export function isWriteConflict(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown; table?: unknown; message?: unknown };
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : "";
  // PostgreSQL: a unique violation on the audit log's key, a serialization failure or a deadlock.
  if (code === "23505") return e.table === "audit_log" || e.constraint === "audit_log_pkey";
  if (code === "40001" || code === "40P01") return true;
  // SQLite: the same key taken by another process, or a writer holding the lock past the busy timeout
  // (SQLITE_BUSY_SNAPSHOT: the read this transaction started with is no longer the latest).
  if (code.startsWith("SQLITE_BUSY")) return true;
  if (code.startsWith("SQLITE_CONSTRAINT")) return message.includes("audit_log.seq");
  return false;
}

/**
 * Runs `work` (a whole transaction) again while it fails with a write conflict, with a short random
 * wait so racing writers spread out. Any other error, or the last conflict, is thrown as it is.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 40): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isWriteConflict(error)) throw error;
      await sleep(Math.random() * Math.min(100, 5 * attempt));
    }
  }
}
