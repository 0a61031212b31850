import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { type BannerSelectors, bannerVisible, clickChoice } from "./banner.js";
import { isFirstParty } from "./hosts.js";
import { samePageLinks } from "./links.js";
import type { Phase, PhaseObservation, StoredItem, TimelineEvent } from "./observations.js";
import { networkWatch } from "./quiet.js";
import type { RateLimit } from "./rate.js";

/** What one phase needs from the crawl. */
export interface PhaseRun {
  browser: Browser;
  phase: Phase;
  origin: string;
  selectors: BannerSelectors;
  rate: RateLimit;
  /** Milliseconds since the scan started. */
  clock: () => number;
  timeline: TimelineEvent[];
  quietMs: number;
  /** How long to wait for the banner to show. */
  bannerWaitMs: number;
  /** Each page visited, for the progress bar. */
  visited: (count: number) => void;
}

const PAGE_TIMEOUT_MS = 30_000;

function isMainFrame(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    // A service worker's request has no frame.
    return false;
  }
}
const QUIET_MAX_MS = 5_000;

/**
 * One visit of the site in a fresh browser profile: the first page, the banner's button for this phase
 * (none before a choice), then the other pages. Records every third-party request, and every cookie
 * and storage key the first time it appears.
 */
export class PhaseRecorder {
  readonly observation: PhaseObservation;
  private readonly context: Promise<BrowserContext>;
  /** Each item's value when last seen (compared, never kept in the observation), and whether it was recorded after the click. */
  private readonly seen = new Map<string, { value: string; afterChoice: boolean }>();
  private chosen = false;
  private readonly siteHost: string;
  private current = "/";

  constructor(private readonly run: PhaseRun) {
    this.observation = { phase: run.phase, pages: [], stored: [], requests: [], banner: "absent" };
    this.siteHost = new URL(run.origin).hostname;
    this.context = run.browser.newContext({ locale: "nl-NL", viewport: { width: 1280, height: 800 } });
  }

  private event(what: TimelineEvent["what"], detail: string): void {
    this.run.timeline.push({ at: this.run.clock(), phase: this.run.phase, what, detail });
  }

  async open(): Promise<{ page: Page; quiet: () => Promise<void> }> {
    const context = await this.context;
    const watch = networkWatch(context);
    context.on("request", (request) => {
      let url: URL;
      try {
        url = new URL(request.url());
      } catch {
        return;
      }
      if (!/^https?:$/.test(url.protocol) || isFirstParty(url.hostname, this.siteHost)) return;
      // The page itself redirected away: the visit ends there (see visit), it is no call the page makes.
      if (request.isNavigationRequest() && isMainFrame(request)) return;
      const entry = {
        host: url.hostname,
        url: `${url.origin}${url.pathname}`,
        page: this.current,
        at: this.run.clock(),
        afterChoice: this.chosen,
      };
      this.observation.requests.push(entry);
      this.event("request", entry.url);
    });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    return { page, quiet: () => watch.quiet(this.run.quietMs, QUIET_MAX_MS) };
  }

  /** Visits one page; returns its same-site links, or undefined when it could not be loaded. */
  async visit(page: Page, quiet: () => Promise<void>, path: string): Promise<string[] | undefined> {
    await this.run.rate.wait();
    this.current = path;
    this.event("visit", path);
    try {
      await page.goto(`${this.run.origin}${path}`, { waitUntil: "load" });
    } catch (error) {
      this.event("skipped", `${path}: ${(error as Error).message.split("\n")[0]}`);
      return undefined;
    }
    // A redirect to another site ends the visit there: the scan goes only where it was pointed.
    if (new URL(page.url()).origin !== this.run.origin) {
      this.event("skipped", `${path}: leads to another site`);
      await page.goto("about:blank").catch(() => undefined);
      return undefined;
    }
    await quiet();
    this.observation.pages.push(path);
    this.run.visited(this.observation.pages.length);
    await this.record(page);
    const hrefs = await page
      .$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href))
      .catch(() => [] as string[]);
    return samePageLinks(hrefs, this.run.origin);
  }

  /** Looks for the banner on the first page and, in the reject and accept phases, clicks its button. */
  async choose(page: Page, quiet: () => Promise<void>): Promise<void> {
    const shown = await bannerVisible(page, this.run.selectors, this.run.bannerWaitMs);
    this.observation.banner = shown ? "shown" : "absent";
    if (shown) this.event("banner", "banner shown");
    if (this.run.phase === "before") {
      this.observation.screenshot = await page.screenshot().catch(() => undefined);
      return;
    }
    if (!shown) return;
    const choice = this.run.phase;
    const clicked = await clickChoice(page, this.run.selectors, choice, this.run.bannerWaitMs);
    this.observation.banner = clicked ? "clicked" : "button-missing";
    this.event("click", clicked ? `${choice} all` : `no ${choice} button`);
    if (!clicked) return;
    this.chosen = true;
    await quiet();
    await this.record(page);
    this.observation.screenshot = await page.screenshot().catch(() => undefined);
  }

  private add(item: Omit<StoredItem, "page" | "at" | "afterChoice">, value: string): void {
    const key = `${item.kind}\u0000${item.domain}\u0000${item.name}`;
    const before = this.seen.get(key);
    // Seen already: it counts again only when the site sets it anew after the click.
    if (before && (before.afterChoice || !this.chosen || before.value === value)) return;
    this.seen.set(key, { value, afterChoice: this.chosen });
    this.observation.stored.push({ ...item, page: this.current, at: this.run.clock(), afterChoice: this.chosen });
    this.event(item.kind === "cookie" ? "cookie" : "storage", `${item.name} (${item.domain})`);
  }

  private async record(page: Page): Promise<void> {
    const context = await this.context;
    for (const cookie of await context.cookies()) {
      this.add(
        {
          kind: "cookie",
          name: cookie.name,
          domain: cookie.domain.replace(/^\./, ""),
          firstParty: isFirstParty(cookie.domain, this.siteHost),
        },
        `${cookie.value}\u0000${cookie.expires}`,
      );
    }
    const keys = await page
      .evaluate(() => ({ local: Object.entries(localStorage), session: Object.entries(sessionStorage) }))
      .catch(() => ({ local: [] as [string, string][], session: [] as [string, string][] }));
    for (const [name, value] of keys.local)
      this.add({ kind: "local_storage", name, domain: this.siteHost, firstParty: true }, value);
    for (const [name, value] of keys.session)
      this.add({ kind: "session_storage", name, domain: this.siteHost, firstParty: true }, value);
  }

  async close(): Promise<void> {
    await (await this.context).close();
  }
}
