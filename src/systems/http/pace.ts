import type { HttpDeps } from "./deps.js";

/**
 * Keeps to a system's rate: calls at least 1/per_second apart, and none before a 429's Retry-After
 * has passed. One per system per run, shared by every call of that run (pages, per-record calls).
 */
export class Pace {
  private nextAt = 0;

  constructor(
    private readonly deps: HttpDeps,
    perSecond: number | undefined,
    private readonly gap = perSecond ? 1000 / perSecond : 0,
  ) {}

  /** Waits until the next call may go out, and books the slot after it. */
  async turn(): Promise<void> {
    const wait = this.nextAt - this.deps.now();
    if (wait > 0) await this.deps.sleep(wait);
    this.nextAt = Math.max(this.deps.now(), this.nextAt) + this.gap;
  }

  /** The server asked for a pause: no call of this run goes out before it ends. */
  holdFor(ms: number): void {
    this.nextAt = Math.max(this.nextAt, this.deps.now() + ms);
  }
}

/** Retry-After as seconds or as an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait before try `attempt` + 1: doubling from the base, capped, with "equal jitter" (half fixed,
 * half random) so many workers retrying together spread out without any retrying at once.
 */
export function backoffMs(attempt: number, base: number, max: number, random: number): number {
  const ceiling = Math.min(max, base * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
