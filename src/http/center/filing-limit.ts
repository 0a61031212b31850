import { counterKey, takeSlots } from "../../auth/index.js";
import type { StoreTransaction } from "../../requests/index.js";

/**
 * Every filed request mails a code to the address typed in the form, whoever typed it. Without a
 * limit the form would mail one address as often as someone submits it, or let one client fill the
 * store. The limit is the same for every address, known to the company or not, so a refusal says
 * nothing about who is a customer. The counts live in the service store, so every replica of the
 * privacy center counts against the same limit; the store keeps hashes of the addresses only.
 */
export interface FilingLimits {
  /** Requests per e-mail address within the window (default 3). */
  perEmail: number;
  /** Requests per client address within the window, across e-mail addresses (default 30). */
  perClient: number;
  windowMs: number;
}

export const FILING_LIMITS: FilingLimits = {
  perEmail: 3,
  perClient: 30,
  windowMs: 60 * 60_000,
};

export class FilingLimiter {
  readonly limits: FilingLimits;

  constructor(limits: Partial<FilingLimits> = {}) {
    this.limits = { ...FILING_LIMITS, ...limits };
  }

  /**
   * Takes a slot for `email` and one for `client` inside the filing's transaction; false when either
   * has used up the window's. The filing then rolls back, and with it both counts: a refused or failed
   * filing counts against nothing.
   */
  async takeIn(trx: StoreTransaction, email: string, client: string, now: Date): Promise<boolean> {
    const { perEmail, perClient, windowMs } = this.limits;
    const slots = [
      { key: counterKey("filing-email", email.trim().toLowerCase()), limit: perEmail },
      { key: counterKey("filing-client", client), limit: perClient },
    ];
    return takeSlots({ db: trx }, slots, windowMs, now);
  }
}
