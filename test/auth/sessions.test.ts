import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createUser, csrfTokenMatches, pruneSessions, SESSION_IDLE_MS } from "../../src/auth/index.js";
import { createSession, endSession, resolveSession } from "../../src/auth/sessions.js";
import { sha256Hex } from "../../src/crypto/index.js";
import type { Store } from "../../src/store/open.js";
import { tempStore } from "./temp-store.js";

const BY_ADMIN = { actor: "user:test" };

let store: Store;
let dispose: () => Promise<void>;
let userId: string;
const T0 = new Date("2025-03-05T09:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

beforeEach(async () => {
  ({ store, dispose } = await tempStore());
  userId = (
    await createUser(
      store,
      {
        email: "p@example.nl",
        name: "P",
        role: "privacy_officer",
        password: "a long enough password",
      },
      BY_ADMIN,
    )
  ).id;
});
afterEach(() => dispose());

describe("sessions", () => {
  it("keeps only the sha256 of the cookie value", async () => {
    const session = await createSession(store, userId, T0);
    const rows = await store.db.selectFrom("sessions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).toBe(sha256Hex(session.token));
    expect(JSON.stringify(rows)).not.toContain(session.token);
  });

  it("expires 8 hours after the last use, sliding with each use", async () => {
    const session = await createSession(store, userId, T0);
    expect(session.expiresAt).toBe(later(SESSION_IDLE_MS).toISOString());
    // Used after 7 hours: the 8 hours start again.
    const used = await resolveSession(store, session.token, later(7 * 3600_000));
    expect(used?.expiresAt).toBe(later(15 * 3600_000).toISOString());
    expect(await resolveSession(store, session.token, later(14 * 3600_000))).toBeDefined();
    // Idle for more than 8 hours after that use: gone, and deleted.
    expect(await resolveSession(store, session.token, later(22 * 3600_000 + 1))).toBeUndefined();
    expect(await store.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
  });

  it("ends at sign-out, and an unknown or absent cookie is no session", async () => {
    const session = await createSession(store, userId, T0);
    await endSession(store, session.token);
    expect(await resolveSession(store, session.token, T0)).toBeUndefined();
    expect(await resolveSession(store, undefined, T0)).toBeUndefined();
    expect(await resolveSession(store, "forged", T0)).toBeUndefined();
  });

  it("gives each session its own CSRF token, compared exactly", async () => {
    const a = await createSession(store, userId, T0);
    const b = await createSession(store, userId, T0);
    expect(a.csrfToken).not.toBe(b.csrfToken);
    expect(csrfTokenMatches(a, a.csrfToken)).toBe(true);
    expect(csrfTokenMatches(a, b.csrfToken)).toBe(false);
    expect(csrfTokenMatches(a, a.csrfToken.slice(0, -1))).toBe(false);
    expect(csrfTokenMatches(a, "")).toBe(false);
    expect(csrfTokenMatches(a, undefined)).toBe(false);
    expect(csrfTokenMatches(a, [a.csrfToken])).toBe(false);
  });

  it("prunes expired sessions only", async () => {
    await createSession(store, userId, T0);
    await createSession(store, userId, later(4 * 3600_000));
    expect(await pruneSessions(store, later(SESSION_IDLE_MS + 1))).toBe(1);
    expect(await store.db.selectFrom("sessions").selectAll().execute()).toHaveLength(1);
  });
});
