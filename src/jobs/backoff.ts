/** No retry waits longer than this, however many attempts came before. */
const MAX_DELAY_MS = 60 * 60 * 1000;

/**
 * How long to wait before retrying after failed attempt number `attempt` (1 for the first run):
 * exponential, so a failing dependency is not hammered, with up to half again of random spread, so
 * jobs that failed together (a database restart) do not all retry in the same instant.
 */
export function retryDelay(baseMs: number, attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (1 + random() / 2));
}
