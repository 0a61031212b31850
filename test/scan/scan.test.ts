import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import {
  crawl,
  type CrawlOptions,
  launchChromium,
  matchRegister,
  type RateLimit,
  type ScanObservation,
  WAARBORG_BANNER,
} from "../../src/scan/index.js";
import { bannerScript } from "../../src/consent/index.js";
import { browserAvailable, CHROMIUM } from "../browser/console-harness.js";
import { siteRegister } from "./register.js";
import { OTHER_BANNER, RESOLVE, startSites, type TestSites, type Variant } from "./sites.js";

const rules = (list: readonly Diagnostic[]) => [...new Set(list.map((d) => d.rule))].sort();
const only = (list: readonly Diagnostic[], rule: string) => list.filter((d) => d.rule === rule);

/**
 * The scanner in headless Chromium against local sites: one compliant, one that sets a tracker before
 * consent, one that keeps loading it after "reject all", one with an undeclared cookie. Each site is
 * scanned once; the rules then run over what was seen, with the register varied where a test needs it.
 */
describe.skipIf(!browserAvailable("scan's"))("waarborg scan against local sites", () => {
  let browser: Browser;
  let sites: TestSites;
  let visits = 0;
  const seen = new Map<Variant, ScanObservation>();
  /** Counts the scanner's page visits and lets each go at once: the pacing itself is tested on a fake clock. */
  const rate: RateLimit = {
    wait: async () => {
      visits++;
    },
  };

  const scan = async (variant: Variant, options: Partial<CrawlOptions> = {}) =>
    crawl({ url: sites.url(variant), pages: 10, browser, rate, quietMs: 150, ...options });

  beforeAll(async () => {
    const register = (await siteRegister()).register;
    sites = await startSites(async (origin) => (await bannerScript(register, origin)).code);
    browser = await launchChromium({ executablePath: CHROMIUM, resolve: RESOLVE });
    seen.set("compliant", await scan("compliant"));
    seen.set("tracker-before", await scan("tracker-before"));
    // Only its buttons named, the banner left at Waarborg's: the accept button is found as the banner.
    const buttonsOnly = { ...OTHER_BANNER, banner: WAARBORG_BANNER.banner };
    seen.set("after-reject", await scan("after-reject", { selectors: buttonsOnly }));
    seen.set("undeclared", await scan("undeclared"));
    seen.set("waarborg", await scan("waarborg"));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await sites?.close();
  });

  const findings = async (variant: Variant, countries: Record<string, string> = {}) =>
    matchRegister(await siteRegister(), seen.get(variant)!, countries).diagnostics;

  it("finds nothing on the compliant site, though it saw the tracker after accept all", async () => {
    const result = matchRegister(await siteRegister(), seen.get("compliant")!);
    expect(result.diagnostics).toEqual([]);
    expect(result.exitCode).toBe(0);
    const { phases } = seen.get("compliant")!;
    expect(phases.before.stored.map((i) => i.name)).toEqual(["session"]);
    expect(phases.before.requests).toEqual([]);
    expect(phases.reject.requests).toEqual([]);
    expect(phases.accept.stored.map((i) => i.name).sort()).toEqual(["_tr", "_tr_id", "session", "waarborg_consent"]);
    expect(phases.accept.requests.map((r) => r.host)).toContain("tracker.example");
    expect(phases.before.screenshot?.subarray(1, 4).toString()).toBe("PNG");
  });

  it("clicks Waarborg's own banner through its stable ids, and finds nothing where it holds the tracker back", async () => {
    const observation = seen.get("waarborg")!;
    expect(matchRegister(await siteRegister(), observation).diagnostics).toEqual([]);
    expect(observation.phases.reject.banner).toBe("clicked");
    expect(observation.phases.accept.banner).toBe("clicked");
    expect(observation.phases.before.requests).toEqual([]);
    expect(observation.phases.reject.requests).toEqual([]);
    expect(observation.phases.accept.requests.map((r) => r.host)).toContain("tracker.example");
    expect(observation.phases.reject.stored.map((i) => i.name).sort()).toEqual(["session", "waarborg_consent"]);
  });

  it("stays on the site, follows its links and keeps out of what robots.txt disallows", () => {
    const observation = seen.get("compliant")!;
    expect(observation.phases.before.pages).toEqual([
      "/compliant",
      "/compliant/about",
      "/compliant/contact",
      "/compliant/shop",
    ]);
    expect(observation.phases.accept.pages).toEqual(observation.phases.before.pages);
    expect(observation.disallowed).toEqual(["/compliant/private/admin"]);
    expect(sites.requested).not.toContain("/compliant/private/admin");
    expect(sites.requested).not.toContain("/compliant/brochure.pdf");
    const hosts = Object.values(observation.phases).flatMap((p) => p.requests.map((r) => r.host));
    expect(hosts).not.toContain("elsewhere.example");
    // A page that redirects to another site ends the visit there: that site is not crawled.
    expect(sites.elsewhere).not.toContain("/deeper");
    expect(observation.phases.before.pages).not.toContain("/compliant/away");
    expect(observation.timeline.some((e) => e.what === "skipped" && e.detail.includes("another site"))).toBe(true);
  });

  it("paces every page visit through the rate limit, the ones that led off the site too", () => {
    const attempts = [...seen.values()].flatMap((o) => o.timeline.filter((e) => e.what === "visit"));
    const loaded = [...seen.values()].flatMap((o) => Object.values(o.phases).flatMap((p) => p.pages));
    expect(attempts.length).toBeGreaterThan(loaded.length);
    expect(visits).toBe(attempts.length);
  });

  it("reports a tracker that sets its cookies and is called before any choice", async () => {
    const list = await findings("tracker-before");
    expect(rules(list)).toEqual(["scan-cookie-before-consent", "scan-request-before-consent"]);
    expect(
      only(list, "scan-cookie-before-consent")
        .map((d) => d.message.match(/"([^"]+)"/)?.[1])
        .sort(),
    ).toEqual(["_tr", "_tr_id"]);
    expect(only(list, "scan-request-before-consent")[0]!.message).toContain("tracker.example");
  });

  it("reports a site that keeps loading the tracker after reject all, through its own banner's selectors", async () => {
    const list = await findings("after-reject");
    expect(rules(list)).toEqual(["scan-cookie-after-reject", "scan-request-after-reject"]);
    const observation = seen.get("after-reject")!;
    expect(observation.phases.reject.banner).toBe("clicked");
    expect(observation.phases.before.requests).toEqual([]);
  });

  it("reports an undeclared cookie, a host that is no recipient, and its transfer outside the EEA", async () => {
    const list = await findings("undeclared", { "faraway.example": "US" });
    expect(rules(list)).toEqual([
      "scan-third-party-not-recipient",
      "scan-transfer-undeclared",
      "scan-undeclared-cookie",
    ]);
    expect(only(list, "scan-undeclared-cookie")[0]!.message).toContain('"promo_seen"');
    expect(only(list, "scan-third-party-not-recipient")[0]!.message).toContain("widgets.faraway.example");
    expect(only(list, "scan-transfer-undeclared")[0]!.message).toContain("US");
    // Without a known country the scan says nothing about where the widget's data goes.
    expect(rules(await findings("undeclared"))).not.toContain("scan-transfer-undeclared");
  });

  it("reports a declared cookie the site never set, at its place in the register", async () => {
    const loaded = await siteRegister({
      cookies: [
        ...(await siteRegister()).register.cookies.map((c) => ({ ...c })),
        { name: "old_cookie", purpose: "preferences", duration: "1 year" },
      ],
    } as never);
    const list = matchRegister(loaded, seen.get("compliant")!).diagnostics;
    expect(rules(list)).toEqual(["scan-declared-cookie-unseen"]);
    expect(list[0]!.message).toContain('"old_cookie"');
    expect(list[0]!.line).toBeGreaterThan(1);
  });

  it("reports a recipient's host that sends data to a country its location does not name", async () => {
    const list = await findings("compliant", { "tracker.example": "US" });
    expect(rules(list)).toEqual(["scan-transfer-undeclared"]);
    expect(list[0]!.message).toContain('recipient "tracker"');
  });

  it("says when it finds no banner to click", async () => {
    const observation = await scan("after-reject", { pages: 1, bannerWaitMs: 200 });
    const list = matchRegister(await siteRegister(), observation).diagnostics;
    expect(only(list, "scan-banner-not-found")).toHaveLength(2);
  });

  it("reads a missing robots.txt as no rules, and a failing one as no visit at all", async () => {
    let robotsStatus = 404;
    const server = createServer((request, response) => {
      if (request.url === "/robots.txt") return response.writeHead(robotsStatus).end();
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>x</title><p>x</p>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const observation = await crawl({ url, pages: 1, browser, rate, quietMs: 50, bannerWaitMs: 50 });
      expect(observation.phases.before.pages).toEqual(["/"]);
      robotsStatus = 503;
      await expect(crawl({ url, pages: 1, browser, rate })).rejects.toThrow(/answered 503/);
    } finally {
      server.close();
    }
  });
});
