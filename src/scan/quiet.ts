import type { BrowserContext } from "playwright-core";

/**
 * Waits until the site stops loading: no request in flight for `quietMs`, or `maxMs` at most (a page
 * that polls forever must not stall the scan). Scripts a click releases load in this window, so what
 * they store is seen on the same page.
 */
export function networkWatch(context: BrowserContext): { quiet(quietMs: number, maxMs: number): Promise<void> } {
  let pending = 0;
  let last = Date.now();
  const busy = () => {
    pending++;
    last = Date.now();
  };
  const done = () => {
    pending = Math.max(0, pending - 1);
    last = Date.now();
  };
  context.on("request", busy);
  context.on("requestfinished", done);
  context.on("requestfailed", done);
  return {
    quiet: (quietMs, maxMs) =>
      new Promise((resolve) => {
        const started = Date.now();
        const tick = () => {
          const now = Date.now();
          if ((pending === 0 && now - last >= quietMs) || now - started >= maxMs) resolve();
          else setTimeout(tick, Math.min(25, quietMs));
        };
        tick();
      }),
  };
}
