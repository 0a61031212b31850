import type { Browser, Response } from "playwright-core";
import { BANNER_WAIT_MS, type BannerSelectors, WAARBORG_BANNER } from "./banner.js";
import { launchChromium } from "./chromium.js";
import { PHASES, type Phase, type PhaseObservation, type ScanObservation, type TimelineEvent } from "./observations.js";
import { PhaseRecorder } from "./phase.js";
import { rateLimit, type RateLimit } from "./rate.js";
import { ALLOW_ALL, parseRobots, type Robots } from "./robots.js";

export interface CrawlOptions {
  url: string;
  /** At most this many pages, the start page included. */
  pages: number;
  selectors?: BannerSelectors;
  /** Pages a second; or a limiter of one's own (tests inject one on a fake clock). */
  rate?: number | RateLimit;
  /** A running browser to use (and leave running); otherwise Chromium is started and stopped. */
  browser?: Browser;
  /** Host name → IP address, for a browser the scan starts itself. */
  resolve?: Readonly<Record<string, string>>;
  /** How long the network must be still before a page counts as loaded (300 ms by default). */
  quietMs?: number;
  /** How long the banner may take to show on the first page. */
  bannerWaitMs?: number;
  onProgress?: (phase: Phase, done: number, total: number) => void;
}

export class ScanError extends Error {}

const DEFAULT_RATE = 2;
const DEFAULT_QUIET_MS = 300;

/** The start URL's origin and path, or a clear error: the scan goes only where it is pointed. */
export function startOf(url: string): { origin: string; path: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ScanError(`"${url}" is not a URL; give one such as https://www.example.nl/`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new ScanError(`only http and https sites can be scanned`);
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

/** robots.txt read through the browser, so it resolves the site's host as the visits will. */
async function readRobots(browser: Browser, origin: string): Promise<Robots> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const url = `${origin}/robots.txt`;
    // Chromium fails the navigation of an empty error page, but its response still says the status.
    let response: Response | undefined;
    page.on("response", (r) => {
      if (r.url() === url) response = r;
    });
    const failed = await page.goto(url).then(
      () => undefined,
      (error: Error) => error.message.split("\n")[0],
    );
    if (!response) throw new ScanError(`${origin} does not answer (${failed ?? "no response"})`);
    const status = response.status();
    if (status >= 200 && status < 300) return parseRobots(await response.text());
    // RFC 9309: a 4xx means no rules; a server error means the site cannot say, so nothing is visited.
    if (status >= 400 && status < 500) return ALLOW_ALL;
    throw new ScanError(`${url} answered ${status}: without its rules the scanner visits nothing`);
  } finally {
    await context.close();
  }
}

/**
 * Visits the site three times, each in a fresh profile: without a choice, following same-site links up
 * to `pages` pages; then after "reject all" and after "accept all", over the same pages. Honours
 * robots.txt and paces its own page visits.
 */
export async function crawl(options: CrawlOptions): Promise<ScanObservation> {
  const { origin, path: start } = startOf(options.url);
  if (!Number.isInteger(options.pages) || options.pages < 1) throw new ScanError("--pages must be at least 1");
  const rate = typeof options.rate === "object" ? options.rate : rateLimit(options.rate ?? DEFAULT_RATE);
  const browser = options.browser ?? (await launchChromium({ resolve: options.resolve }));
  const startedAt = new Date();
  const t0 = Date.now();
  const timeline: TimelineEvent[] = [];
  const disallowed: string[] = [];
  const phases = {} as Record<Phase, PhaseObservation>;
  try {
    const robots = await readRobots(browser, origin);
    if (!robots.allows(start)) throw new ScanError(`robots.txt of ${origin} does not allow visiting ${start}`);
    let pages: string[] = [];
    for (const phase of PHASES) {
      const total = phase === "before" ? options.pages : pages.length;
      options.onProgress?.(phase, 0, total);
      const recorder = new PhaseRecorder({
        browser,
        phase,
        origin,
        selectors: options.selectors ?? WAARBORG_BANNER,
        rate,
        clock: () => Date.now() - t0,
        timeline,
        quietMs: options.quietMs ?? DEFAULT_QUIET_MS,
        bannerWaitMs: options.bannerWaitMs ?? BANNER_WAIT_MS,
        visited: (done) => options.onProgress?.(phase, done, total),
      });
      try {
        const { page, quiet } = await recorder.open();
        const first = await recorder.visit(page, quiet, start);
        if (!first) throw new ScanError(`${origin}${start} could not be loaded`);
        await recorder.choose(page, quiet);
        if (phase === "before") {
          const queue = [...first];
          const known = new Set([start, ...first]);
          while (queue.length > 0 && recorder.observation.pages.length < options.pages) {
            const next = queue.shift()!;
            if (!robots.allows(next)) {
              disallowed.push(next);
              continue;
            }
            for (const link of (await recorder.visit(page, quiet, next)) ?? []) {
              if (known.has(link)) continue;
              known.add(link);
              queue.push(link);
            }
          }
          pages = recorder.observation.pages;
        } else {
          for (const next of pages.slice(1)) await recorder.visit(page, quiet, next);
        }
      } finally {
        await recorder.close();
      }
      phases[phase] = recorder.observation;
    }
  } finally {
    if (!options.browser) await browser.close();
  }
  return { site: origin, startedAt, phases, disallowed, timeline };
}
