import { counterKey, releaseSlot, takeSlot } from "../../auth/index.js";
import type { Store } from "../../store/index.js";

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

/** The slots one filing took, to give back when the filing failed. */
export interface FilingSlots {
  release(): Promise<void>;
}

export class FilingLimiter {
  readonly limits: FilingLimits;

  constructor(
    private readonly store: Store,
    limits: Partial<FilingLimits> = {},
  ) {
    this.limits = { ...FILING_LIMITS, ...limits };
  }

  /**
   * Takes a slot for `email` and one for `client`; undefined, and neither taken, when either has used
   * up the window's. A filing that then fails gives them back.
   */
  async take(email: string, client: string, now: Date): Promise<FilingSlots | undefined> {
    const emailKey = counterKey("filing-email", email.trim().toLowerCase());
    const clientKey = counterKey("filing-client", client);
    const { perEmail, perClient, windowMs } = this.limits;
    if (!(await takeSlot(this.store, emailKey, perEmail, windowMs, now))) return undefined;
    if (!(await takeSlot(this.store, clientKey, perClient, windowMs, now))) {
      await releaseSlot(this.store, emailKey);
      return undefined;
    }
    return {
      release: async () => {
        await releaseSlot(this.store, emailKey);
        await releaseSlot(this.store, clientKey);
      },
    };
  }
}
