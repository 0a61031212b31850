/**
 * Counts events per key over a sliding window, in memory, with a bound on the keys kept: beyond it,
 * expired keys are dropped first, then the least recently touched. For rate limits in one process; a
 * restart forgets the counts, which costs an attacker nothing they could not get by waiting.
 */
export class RecentEvents {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Events of `key` within the window before `now`. */
  count(key: string, now: Date): number {
    const times = this.events.get(key);
    if (!times) return 0;
    const since = now.getTime() - this.windowMs;
    const live = times.filter((t) => t > since);
    if (live.length === 0) this.events.delete(key);
    else if (live.length !== times.length) this.events.set(key, live);
    return live.length;
  }

  record(key: string, now: Date): void {
    const times = this.events.get(key) ?? [];
    times.push(now.getTime());
    this.events.delete(key); // re-insert: Map order is then least recently touched first
    this.events.set(key, times);
    this.bound(now);
  }

  forget(key: string): void {
    this.events.delete(key);
  }

  private bound(now: Date): void {
    if (this.events.size <= this.maxKeys) return;
    for (const key of [...this.events.keys()]) this.count(key, now);
    for (const key of this.events.keys()) {
      if (this.events.size <= this.maxKeys) break;
      this.events.delete(key);
    }
  }
}
