import type { Store } from "../store/index.js";
import { blockedUntil, blockUntil, countFailure, counterKey, forgetCounter } from "./limit-counters.js";

/**
 * Failed sign-ins earn growing delays, per account and per client address, instead of a lock: after a
 * few free failures each further one doubles the wait, up to a ceiling. An attacker guessing passwords
 * gets a handful of tries an hour; someone who only wants to keep an officer out can make them wait
 * minutes, never lock them out, and the form says how long. The counters live in the service store,
 * so replicas of the console count together.
 *
 * Failures count per submitted address, known or not, so a delay says nothing about who has an account.
 */
export interface DelayPolicy {
  /** Failures before the first delay. */
  free: number;
  /** The delay the first failure beyond the free ones earns; each further one doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface SignInLimits {
  account: DelayPolicy;
  /** Across accounts: higher, since an office behind one address shares it. */
  address: DelayPolicy;
  /** Failures are forgotten once the last one is this long ago. */
  forgetMs: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  account: { free: 3, firstDelayMs: 2_000, maxDelayMs: 15 * 60_000 },
  address: { free: 20, firstDelayMs: 2_000, maxDelayMs: 15 * 60_000 },
  forgetMs: 60 * 60_000,
};

/** The wait the `failures`-th failure earns under `policy`; 0 while it is one of the free ones. */
export function delayAfter(failures: number, policy: DelayPolicy): number {
  if (failures <= policy.free) return 0;
  const doublings = Math.min(failures - policy.free - 1, 40);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

export class SignInLimiter {
  readonly limits: SignInLimits;

  constructor(
    private readonly store: Store,
    limits: Partial<SignInLimits> = {},
  ) {
    this.limits = { ...SIGN_IN_LIMITS, ...limits };
  }

  /** How long the account or the client address must still wait, in milliseconds; 0 when it may try now. */
  async waitFor(account: string, address: string, now: Date = new Date()): Promise<number> {
    const until = await blockedUntil(this.store, [accountKey(account), addressKey(address)], now);
    return until ? until.getTime() - now.getTime() : 0;
  }

  /** Counts a failure for both; returns the wait it earned (0 while still free). */
  async recordFailure(account: string, address: string, now: Date = new Date()): Promise<number> {
    let wait = 0;
    for (const [key, policy] of [
      [accountKey(account), this.limits.account],
      [addressKey(address), this.limits.address],
    ] as const) {
      const delay = delayAfter(await countFailure(this.store, key, this.limits.forgetMs, now), policy);
      if (delay > 0) await blockUntil(this.store, key, new Date(now.getTime() + delay));
      wait = Math.max(wait, delay);
    }
    return wait;
  }

  /** A right password clears the account's count; the address keeps its count. */
  async recordSuccess(account: string): Promise<void> {
    await forgetCounter(this.store, accountKey(account));
  }
}

function accountKey(account: string): string {
  return counterKey("sign-in-account", account.trim().toLowerCase());
}

function addressKey(address: string): string {
  return counterKey("sign-in-address", address);
}
