import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createUser, disableUser, resolveSession, SignInLimiter, signIn } from "../../src/auth/index.js";
import type { Store } from "../../src/store/open.js";
import { tempStore } from "./temp-store.js";

const BY_ADMIN = { actor: "user:test" };

let store: Store;
let dispose: () => Promise<void>;
const PASSWORD = "a long enough password";
const T0 = new Date("2025-03-05T09:00:00.000Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeEach(async () => {
  ({ store, dispose } = await tempStore());
  await createUser(store, { email: "p@example.nl", name: "P", role: "privacy_officer", password: PASSWORD }, BY_ADMIN);
});
afterEach(() => dispose());

const attempt = (email: string, password: string, address = "192.0.2.1") => ({ email, password, address });

describe("sign-in", () => {
  it("opens a session for the right password, whatever the address's case", async () => {
    const result = await signIn(store, new SignInLimiter(), attempt("P@Example.nl", PASSWORD), T0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.role).toBe("privacy_officer");
    expect((await resolveSession(store, result.session.token, T0))?.user.email).toBe("p@example.nl");
  });

  it("clears expired sessions when someone signs in", async () => {
    const limiter = new SignInLimiter();
    await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0);
    const later = new Date(T0.getTime() + 9 * 3600_000);
    await signIn(store, limiter, attempt("p@example.nl", PASSWORD), later);
    const rows = await store.db.selectFrom("sessions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.created_at).toBe(later.toISOString());
  });

  it("answers an unknown address, a wrong password and a disabled account the same way", async () => {
    const limiter = new SignInLimiter();
    const other = await createUser(
      store,
      { email: "s@example.nl", name: "S", role: "support", password: PASSWORD },
      BY_ADMIN,
    );
    await disableUser(store, other.id, BY_ADMIN);
    const results = [
      await signIn(store, limiter, attempt("nobody@example.nl", PASSWORD), T0),
      await signIn(store, limiter, attempt("p@example.nl", "wrong password here"), T0),
      await signIn(store, limiter, attempt("s@example.nl", PASSWORD), T0),
    ];
    expect(results).toEqual([{ ok: false }, { ok: false }, { ok: false }]);
  });

  it("locks an account after 5 failures for 15 minutes, even for the right password", async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 5; i++)
      await signIn(store, limiter, attempt("p@example.nl", `wrong ${i} password`), minutes(i));
    expect(await signIn(store, limiter, attempt("p@example.nl", PASSWORD), minutes(5))).toEqual({ ok: false });
    // The first failure leaves the window 15 minutes after it happened; then one try is free again.
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD), minutes(15.1))).ok).toBe(true);
  });

  it("locks unknown addresses the same way, so a lock reveals no account", async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 5; i++) await signIn(store, limiter, attempt("ghost@example.nl", "whatever it is"), T0);
    expect(limiter.isLocked("ghost@example.nl", "192.0.2.99", T0)).toBe(true);
  });

  it("locks a client address after 20 failures across accounts", async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 20; i++) await signIn(store, limiter, attempt(`u${i}@example.nl`, "wrong password!"), T0);
    expect(await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0)).toEqual({ ok: false });
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD, "192.0.2.2"), T0)).ok).toBe(true);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const limiter = new SignInLimiter();
    for (let i = 0; i < 4; i++) await signIn(store, limiter, attempt("p@example.nl", "wrong password!"), T0);
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0)).ok).toBe(true);
    for (let i = 0; i < 4; i++) await signIn(store, limiter, attempt("p@example.nl", "wrong password!"), T0);
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0)).ok).toBe(true);
  });

  it("spends an argon2 verification on an unknown address too", async () => {
    // Without the dummy verification an unknown address is answered in about a millisecond, a known one
    // in tens: the bound is loose so a busy machine does not make the test flaky.
    const limiter = new SignInLimiter({ perAccount: 1000, perAddress: 1000 });
    await signIn(store, limiter, attempt("warm@example.nl", "warm up the dummy"), T0);
    const median = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await signIn(store, limiter, attempt(email, "wrong password!"), T0);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[2] as number;
    };
    const known = await median("p@example.nl");
    const unknown = await median("nobody@example.nl");
    expect(unknown).toBeGreaterThan(known * 0.3);
  });
});
