import { constantTimeEqual, numericCode } from "../crypto/index.js";
import type { StoreTransaction } from "./change.js";
import type { ServiceContext } from "../context/index.js";
import { codeHash } from "./secrets.js";

/** How long a code works, and how many wrong tries lock the request (LAW.md: 15 minutes, 5 attempts). */
export const CODE_MINUTES = 15;
export const CODE_ATTEMPTS = 5;

/**
 * A new code for a request, stored as a keyed hash; the plaintext is returned once, for the mail. A
 * new code replaces an old one but keeps its count of wrong tries and its lock: asking for another
 * code must not buy another five guesses.
 */
export async function issueCodeIn(ctx: ServiceContext, trx: StoreTransaction, requestId: string): Promise<string> {
  const code = numericCode(6);
  const now = ctx.now();
  const values = {
    code_hash: codeHash(ctx, requestId, code),
    expires_at: new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString(),
    created_at: now.toISOString(),
  };
  await trx
    .insertInto("verification_codes")
    .values({ request_id: requestId, ...values })
    .onConflict((oc) => oc.column("request_id").doUpdateSet(values))
    .execute();
  return code;
}

export type CodeCheck =
  { ok: true } | { ok: false; reason: "wrong" | "expired" | "locked"; attemptsLeft: number; lockedNow?: boolean };

/**
 * Checks a code. A wrong one counts a try (atomically, so parallel guesses cannot slip past the limit)
 * and the fifth locks; an expired or locked code is refused without counting. The stored hash is
 * compared in constant time.
 */
export async function checkCodeIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  requestId: string,
  code: string,
): Promise<CodeCheck> {
  const row = await trx
    .selectFrom("verification_codes")
    .selectAll()
    .where("request_id", "=", requestId)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "expired", attemptsLeft: 0 };
  const left = Math.max(0, CODE_ATTEMPTS - row.attempts);
  if (row.locked_at) return { ok: false, reason: "locked", attemptsLeft: 0 };
  const now = ctx.now();
  if (row.expires_at <= now.toISOString()) return { ok: false, reason: "expired", attemptsLeft: left };
  const typed = code.replace(/\s+/g, "");
  if (constantTimeEqual(codeHash(ctx, requestId, typed), row.code_hash)) return { ok: true };
  const attempts = row.attempts + 1;
  const lockedNow = attempts >= CODE_ATTEMPTS;
  const update = await trx
    .updateTable("verification_codes")
    .set({ attempts, ...(lockedNow ? { locked_at: now.toISOString() } : {}) })
    .where("request_id", "=", requestId)
    .where("attempts", "=", row.attempts)
    .where("locked_at", "is", null)
    .executeTakeFirst();
  // Another try counted at the same moment: look again rather than count this one twice or not at all.
  if (Number(update.numUpdatedRows) !== 1) return checkCodeIn(ctx, trx, requestId, code);
  return lockedNow
    ? { ok: false, reason: "locked", attemptsLeft: 0, lockedNow: true }
    : { ok: false, reason: "wrong", attemptsLeft: CODE_ATTEMPTS - attempts };
}

/** A used or abandoned code is removed: nothing is kept that could still be guessed. */
export async function dropCodeIn(trx: StoreTransaction, requestId: string): Promise<void> {
  await trx
    .deleteFrom("verification_codes")
    .where("request_id", "=", requestId)
    .where("locked_at", "is", null)
    .execute();
}
