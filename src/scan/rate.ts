/** The clock a rate limit waits on: real time in the CLI, a fake in tests. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RateLimit {
  /** Resolves when the next page may be asked for. */
  wait(): Promise<void>;
}

/**
 * At most `perSecond` page visits a second, spaced evenly: the scanner is a guest on the site and must
 * not weigh on it. The site's own subresources load as a visitor's would; only the scanner's own
 * navigations are paced.
 */
export function rateLimit(perSecond: number, clock: Clock = REAL_CLOCK): RateLimit {
  if (!(perSecond > 0)) throw new RangeError("the rate must be a positive number of pages per second");
  const gap = 1000 / perSecond;
  let next = Number.NEGATIVE_INFINITY;
  return {
    async wait() {
      const now = clock.now();
      if (now < next) {
        await clock.sleep(next - now);
        next += gap;
      } else next = now + gap;
    },
  };
}
