import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createUser,
  disableUser,
  resolveSession,
  SIGN_IN_LIMITS,
  SignInLimiter,
  signIn,
} from "../../src/auth/index.js";
import type { Store } from "../../src/store/open.js";
import { tempStore } from "./temp-store.js";

const BY_ADMIN = { actor: "user:test" };

let store: Store;
let dispose: () => Promise<void>;
const PASSWORD = "a long enough password";
const T0 = new Date("2025-03-05T09:00:00.000Z");

beforeEach(async () => {
  ({ store, dispose } = await tempStore());
  await createUser(store, { email: "p@example.nl", name: "P", role: "privacy_officer", password: PASSWORD }, BY_ADMIN);
});
afterEach(() => dispose());

const attempt = (email: string, password: string, address = "192.0.2.1") => ({ email, password, address });

describe("sign-in", () => {
  it("opens a session for the right password, whatever the address's case", async () => {
    const result = await signIn(store, new SignInLimiter(store), attempt("P@Example.nl", PASSWORD), T0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.role).toBe("privacy_officer");
    expect((await resolveSession(store, result.session.token, T0))?.user.email).toBe("p@example.nl");
  });

  it("clears expired sessions when someone signs in", async () => {
    const limiter = new SignInLimiter(store);
    await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0);
    const later = new Date(T0.getTime() + 9 * 3600_000);
    await signIn(store, limiter, attempt("p@example.nl", PASSWORD), later);
    const rows = await store.db.selectFrom("sessions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.created_at).toBe(later.toISOString());
  });

  it("answers an unknown address, a wrong password and a disabled account the same way", async () => {
    const limiter = new SignInLimiter(store);
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

  const seconds = (n: number) => new Date(T0.getTime() + n * 1000);

  it("lets an account wait longer after each failure beyond the free ones, then lets the right password in", async () => {
    const limiter = new SignInLimiter(store);
    const fail = (at: Date) =>
      signIn(store, limiter, attempt("p@example.nl", "wrong password!", `192.0.2.${at.getSeconds()}`), at);
    for (let i = 0; i < SIGN_IN_LIMITS.account.free; i++) expect(await fail(seconds(i))).toEqual({ ok: false });
    // The next failures wait 2, 4, 8 seconds: from other addresses too, since the account is counted.
    expect(await fail(seconds(10))).toEqual({ ok: false, retryAfterMs: 2000 });
    expect(await fail(seconds(12))).toEqual({ ok: false, retryAfterMs: 4000 });
    // While it waits even the right password is refused, and says how much longer; that try adds nothing.
    expect(await signIn(store, limiter, attempt("p@example.nl", PASSWORD), seconds(13))).toEqual({
      ok: false,
      retryAfterMs: 3000,
    });
    expect(await fail(seconds(16))).toEqual({ ok: false, retryAfterMs: 8000 });
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD), seconds(24))).ok).toBe(true);
  });

  it("never waits longer than the ceiling, and forgets failures after a quiet hour", async () => {
    const limiter = new SignInLimiter(store);
    let at = 0;
    let last: Awaited<ReturnType<typeof signIn>> = { ok: false };
    for (let i = 0; i < 30; i++) {
      last = await signIn(store, limiter, attempt("p@example.nl", "wrong password!", `198.51.100.${i}`), seconds(at));
      at += (!last.ok && last.retryAfterMs ? last.retryAfterMs : 0) / 1000;
    }
    expect(last).toEqual({ ok: false, retryAfterMs: SIGN_IN_LIMITS.account.maxDelayMs });
    at += SIGN_IN_LIMITS.forgetMs / 1000;
    expect(await signIn(store, limiter, attempt("p@example.nl", "wrong password!"), seconds(at))).toEqual({
      ok: false,
    });
  });

  it("delays unknown addresses the same way, so a wait reveals no account", async () => {
    const limiter = new SignInLimiter(store);
    const results = [];
    for (const email of ["ghost@example.nl", "p@example.nl"]) {
      for (let i = 0; i < SIGN_IN_LIMITS.account.free; i++)
        await signIn(store, limiter, attempt(email, "whatever it is", `203.0.113.${i}`), T0);
      results.push(await signIn(store, limiter, attempt(email, "whatever it is", "203.0.113.99"), T0));
    }
    expect(results).toEqual([
      { ok: false, retryAfterMs: 2000 },
      { ok: false, retryAfterMs: 2000 },
    ]);
  });

  it("delays a client address after its free failures across accounts, and leaves other addresses alone", async () => {
    const limiter = new SignInLimiter(store);
    for (let i = 0; i < SIGN_IN_LIMITS.address.free; i++)
      expect(await signIn(store, limiter, attempt(`u${i}@example.nl`, "wrong password!"), T0)).toEqual({ ok: false });
    expect(await signIn(store, limiter, attempt("last@example.nl", "wrong password!"), T0)).toEqual({
      ok: false,
      retryAfterMs: 2000,
    });
    expect(await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0)).toEqual({
      ok: false,
      retryAfterMs: 2000,
    });
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD, "192.0.2.2"), T0)).ok).toBe(true);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const limiter = new SignInLimiter(store);
    const free = SIGN_IN_LIMITS.account.free;
    for (let i = 0; i < free; i++) await signIn(store, limiter, attempt("p@example.nl", "wrong password!"), T0);
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0)).ok).toBe(true);
    for (let i = 0; i < free; i++) await signIn(store, limiter, attempt("p@example.nl", "wrong password!"), T0);
    expect((await signIn(store, limiter, attempt("p@example.nl", PASSWORD), T0)).ok).toBe(true);
  });

  it("spends an argon2 verification on an unknown address too", async () => {
    // Without the dummy verification an unknown address is answered in about a millisecond, a known one
    // in tens: the bound is loose so a busy machine does not make the test flaky.
    const limiter = new SignInLimiter(store, {
      account: { ...SIGN_IN_LIMITS.account, free: 1000 },
      address: { ...SIGN_IN_LIMITS.address, free: 1000 },
    });
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
