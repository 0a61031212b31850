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
  private readonly failures = new Map<string, number[]>();
  readonly limits: SignInLimits;

  constructor(limits: Partial<SignInLimits> = {}) {
    this.limits = { ...SIGN_IN_LIMITS, ...limits };
  }

  /** True while the account or the client address has used up its failures. */
  isLocked(account: string, address: string, now: Date = new Date()): boolean {
    return (
      this.recent(accountKey(account), now) >= this.limits.perAccount ||
      this.recent(addressKey(address), now) >= this.limits.perAddress
    );
  }

  recordFailure(account: string, address: string, now: Date = new Date()): void {
    for (const key of [accountKey(account), addressKey(address)]) {
      const times = this.failures.get(key) ?? [];
      times.push(now.getTime());
      this.failures.delete(key); // re-insert: Map order is then least recently failed first
      this.failures.set(key, times);
    }
    this.bound(now);
  }

  /** A right password clears the account's count; the address keeps its count. */
  recordSuccess(account: string): void {
    this.failures.delete(accountKey(account));
  }

  private recent(key: string, now: Date): number {
    const times = this.failures.get(key);
    if (!times) return 0;
    const since = now.getTime() - this.limits.windowMs;
    const live = times.filter((t) => t > since);
    if (live.length === 0) this.failures.delete(key);
    else if (live.length !== times.length) this.failures.set(key, live);
    return live.length;
  }

  private bound(now: Date): void {
    if (this.failures.size <= this.limits.maxKeys) return;
    for (const key of [...this.failures.keys()]) this.recent(key, now);
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.limits.maxKeys) break;
      this.failures.delete(key);
    }
  }
}

function accountKey(account: string): string {
  return `account:${account.trim().toLowerCase()}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}
