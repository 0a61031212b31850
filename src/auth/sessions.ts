import type { Store } from "../store/index.js";
import { type User, toUser } from "./users.js";
import { randomToken, sha256Hex } from "../crypto/index.js";

/** A session lives 8 hours after its last use: a working day of idle tabs, not a week. */
export const SESSION_IDLE_MS = 8 * 60 * 60_000;
/** Extending the expiry on every request would write on every page view; once a minute is enough. */
const SLIDE_EVERY_MS = 60_000;

export interface NewSession {
  /** The cookie value: handed out once, only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface ActiveSession {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(store: Store, userId: string, now: Date = new Date()): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS).toISOString();
  await store.db
    .insertInto("sessions")
    .values({
      id_hash: sha256Hex(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      created_at: now.toISOString(),
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/**
 * The session a cookie value belongs to, when it is live and its user is not disabled. Each use moves
 * the expiry to 8 hours from now (sliding); an expired session is deleted on sight.
 */
export async function resolveSession(
  store: Store,
  token: string | undefined,
  now: Date = new Date(),
): Promise<ActiveSession | undefined> {
  if (!token) return undefined;
  const idHash = sha256Hex(token);
  const row = await store.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select(["sessions.csrf_token", "sessions.expires_at"])
    .where("sessions.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const nowIso = now.toISOString();
  if (row.expires_at <= nowIso || row.disabled_at !== null) {
    await store.db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    return undefined;
  }
  let expiresAt = row.expires_at;
  const slid = new Date(now.getTime() + SESSION_IDLE_MS);
  if (slid.getTime() - Date.parse(expiresAt) >= SLIDE_EVERY_MS) {
    expiresAt = slid.toISOString();
    await store.db.updateTable("sessions").set({ expires_at: expiresAt }).where("id_hash", "=", idHash).execute();
  }
  const { csrf_token, expires_at: _, ...user } = row;
  return { user: toUser(user), csrfToken: csrf_token, expiresAt };
}

/** Signs out: the cookie value stops working at once, whatever the browser keeps. */
export async function endSession(store: Store, token: string | undefined): Promise<void> {
  if (!token) return;
  await store.db.deleteFrom("sessions").where("id_hash", "=", sha256Hex(token)).execute();
}

/** Removes expired sessions; the service runs it now and then so the table does not grow forever. */
export async function pruneSessions(store: Store, now: Date = new Date()): Promise<number> {
  const result = await store.db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
