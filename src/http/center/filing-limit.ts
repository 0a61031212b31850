import { createHash } from "node:crypto";
import { RecentEvents } from "../../auth/index.js";

/**
 * Every filed request mails a code to the address typed in the form, whoever typed it. Without a
 * limit the form would mail one address as often as someone submits it, or let one client fill the
 * store. The limit is the same for every address, known to the company or not, so a refusal says
 * nothing about who is a customer.
 */
export interface FilingLimits {
  /** Requests per e-mail address within the window (default 3). */
  perEmail: number;
  /** Requests per client address within the window, across e-mail addresses (default 30). */
  perClient: number;
  windowMs: number;
  maxKeys: number;
}

export const FILING_LIMITS: FilingLimits = {
  perEmail: 3,
  perClient: 30,
  windowMs: 60 * 60_000,
  maxKeys: 50_000,
};

export class FilingLimiter {
  private readonly filed: RecentEvents;
  readonly limits: FilingLimits;

  constructor(limits: Partial<FilingLimits> = {}) {
    this.limits = { ...FILING_LIMITS, ...limits };
    this.filed = new RecentEvents(this.limits.windowMs, this.limits.maxKeys);
  }

  /** Whether another request may be filed for `email` from `client`; counts it when it may. */
  allow(email: string, client: string, now: Date): boolean {
    const keys = [`email:${digest(email.trim().toLowerCase())}`, `client:${digest(client)}`] as const;
    if (this.filed.count(keys[0], now) >= this.limits.perEmail) return false;
    if (this.filed.count(keys[1], now) >= this.limits.perClient) return false;
    for (const key of keys) this.filed.record(key, now);
    return true;
  }
}

/** E-mail and client addresses are kept as hashes: the limiter needs to recognise them, not to know them. */
function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}
