import { RecentEvents } from "./recent-events.js";

/**
 * Counts failed sign-ins per account and per client address over a sliding window, in memory. One
 * process holds the console, so memory is enough; a restart forgets the counts, which costs an
 * attacker nothing they could not get by waiting the window out.
 *
 * Failures count per submitted address, known or not, so a lock says nothing about who has an account.
 */
export interface SignInLimits {
  /** Failures per account within the window before it is locked (default 5). */
  perAccount: number;
  /** Failures per client address within the window, across accounts (default 20). */
  perAddress: number;
  windowMs: number;
  /** Keys kept at most; beyond it, expired keys are dropped first, then the oldest. */
  maxKeys: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
  maxKeys: 10_000,
};

export class SignInLimiter {
  private readonly failures: RecentEvents;
  readonly limits: SignInLimits;

  constructor(limits: Partial<SignInLimits> = {}) {
    this.limits = { ...SIGN_IN_LIMITS, ...limits };
    this.failures = new RecentEvents(this.limits.windowMs, this.limits.maxKeys);
  }

  /** True while the account or the client address has used up its failures. */
  isLocked(account: string, address: string, now: Date = new Date()): boolean {
    return (
      this.failures.count(accountKey(account), now) >= this.limits.perAccount ||
      this.failures.count(addressKey(address), now) >= this.limits.perAddress
    );
  }

  recordFailure(account: string, address: string, now: Date = new Date()): void {
    for (const key of [accountKey(account), addressKey(address)]) this.failures.record(key, now);
  }

  /** A right password clears the account's count; the address keeps its count. */
  recordSuccess(account: string): void {
    this.failures.forget(accountKey(account));
  }
}

function accountKey(account: string): string {
  return `account:${account.trim().toLowerCase()}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}
