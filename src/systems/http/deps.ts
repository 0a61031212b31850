/**
 * What calling an API reaches for, handed in: the tests answer with local servers and count the waits
 * instead of waiting, so retries, backoff and Retry-After are tested without time passing.
 */
export interface HttpDeps {
  fetch: typeof fetch;
  sleep(ms: number): Promise<void>;
  /** Milliseconds since the epoch. */
  now(): number;
  /** In [0, 1): the jitter of the backoff. */
  random(): number;
}

export const REAL_HTTP: HttpDeps = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: () => Math.random(),
};
