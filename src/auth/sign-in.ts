import { appendAudit } from "../audit/index.js";
import type { Store } from "../store/index.js";
import { checkNoPassword, checkPassword } from "./passwords.js";
import type { SignInLimiter } from "./rate-limit.js";
import { createSession, type NewSession, pruneSessions } from "./sessions.js";
import { findUserByEmail, normalizeEmail, toUser, type User } from "./users.js";

export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's address, for the per-address limit. */
  address: string;
}

/**
 * The outcome carries no reason on failure: an unknown address, a wrong password and a disabled
 * account look the same to the person signing in, so the form cannot be used to find accounts. A
 * failure that has to wait says how long (`retryAfterMs`); that too is the same for every address.
 */
export type SignInResult = { ok: true; user: User; session: NewSession } | { ok: false; retryAfterMs?: number };

export async function signIn(
  store: Store,
  limiter: SignInLimiter,
  attempt: SignInAttempt,
  now: Date = new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(attempt.email);
  const wait = await limiter.waitFor(email, attempt.address, now);
  const row = wait > 0 ? undefined : await findUserByEmail(store, email);
  // Every path spends one argon2 verification, so the answer takes as long for an unknown address, a
  // locked one or a disabled account as for a wrong password.
  const valid =
    row && row.disabled_at === null
      ? await checkPassword(row.password_hash, attempt.password)
      : await checkNoPassword(attempt.password);
  if (!valid || !row) {
    // An attempt refused while waiting checked no password, so it does not lengthen the wait.
    const retryAfterMs = wait > 0 ? wait : await limiter.recordFailure(email, attempt.address, now);
    return retryAfterMs > 0 ? { ok: false, retryAfterMs } : { ok: false };
  }
  await limiter.recordSuccess(email);
  const session = await createSession(store, row.id, now);
  // Sessions left to expire are cleared here, so the table stays small without a job of its own.
  await pruneSessions(store, now);
  // Who could see what, and since when: sign-ins are part of the trail an auditor reads.
  await appendAudit(store, {
    actor: `user:${row.id}`,
    action: "auth.sign_in",
    subjectType: "user",
    subjectId: row.id,
    at: now,
  });
  return { ok: true, user: toUser(row), session };
}
