import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsentRecordRow } from "../../src/store/schema.js";
import { type ConsentService, consentRegister, consentService } from "../consent/harness.js";
import { type Site, startSite } from "./consent-site.js";
import { ARTIFACTS, browserAvailable, CHROMIUM } from "./console-harness.js";

const BANNER = "#waarborg-consent-banner";

/**
 * The banner in headless Chromium on a page of the company's own site, talking to the service on
 * another origin: what runs before and after a choice, withdrawal, GPC, a new configuration
 * version, the keyboard, and the AP's checks of banners.
 */
describe.skipIf(!browserAvailable("banner's"))("the consent banner in a browser", () => {
  let service: ConsentService;
  let serviceUrl: string;
  let site: Site;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    service = await consentService("sqlite");
    await service.app.listen({ host: "127.0.0.1", port: 0 });
    serviceUrl = `http://127.0.0.1:${(service.app.server.address() as AddressInfo).port}`;
    service.ctx.publicUrl = serviceUrl;
    site = await startSite(() => serviceUrl);
    service.ctx.env.WAARBORG_CONSENT_ORIGINS = site.url;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await service?.close();
  });

  /** A visitor of their own: a fresh browser profile, no cookies. */
  async function visitor(options: { gpc?: boolean; locale?: string } = {}): Promise<BrowserContext> {
    const context = await browser.newContext({
      locale: options.locale ?? "nl-NL",
      ...(options.gpc ? { extraHTTPHeaders: { "Sec-GPC": "1" } } : {}),
    });
    if (options.gpc)
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true }),
      );
    return context;
  }

  async function open(context: BrowserContext, path = "/"): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    await page.waitForSelector("#waarborg-consent", { state: "attached" });
    return page;
  }

  const runs = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { analyticsRuns?: number; adsRuns?: number };
      return { analytics: w.analyticsRuns ?? 0, ads: w.adsRuns ?? 0 };
    });
  const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();
  const bannerShown = (page: Page) => page.locator(BANNER).isVisible();
  const consentOf = (page: Page) =>
    page.evaluate(() => (window as unknown as { consent: { get(): Record<string, unknown> } }).consent.get());

  async function recordsFor(id: string): Promise<ConsentRecordRow[]> {
    return service.store.db
      .selectFrom("consent_records")
      .selectAll()
      .where("consent_id", "=", id)
      .orderBy("seq")
      .execute();
  }

  /** Clicks and waits until the banner has recorded and closed. */
  async function choose(page: Page, selector: string): Promise<void> {
    await page.click(selector);
    await page.locator(BANNER).waitFor({ state: "hidden" });
  }

  it("runs no marked script and sets no non-essential cookie before a choice (AP)", async () => {
    const context = await visitor();
    site.forget();
    const page = await open(context);
    expect(await bannerShown(page)).toBe(true);
    expect(await runs(page)).toEqual({ analytics: 0, ads: 0 });
    expect(site.requested).not.toContain("/ads.js");
    expect(site.requested).not.toContain("/ad-frame.html");
    expect(await cookieNames(context)).toEqual([]);
    expect(await page.locator("iframe").getAttribute("src")).toBeNull();
    // Google Consent Mode: the default is set, all denied, before any tag.
    const first = await page.evaluate(() =>
      Array.from((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer[0]!),
    );
    expect(first).toEqual([
      "consent",
      "default",
      {
        ad_storage: "denied",
        ad_user_data: "denied",
        ad_personalization: "denied",
        analytics_storage: "denied",
        wait_for_update: 500,
      },
    ]);
    await context.close();
  });

  it("shows accept and reject side by side on the first layer with equal weight, and no pre-ticked box (AP)", async () => {
    const context = await visitor();
    const page = await open(context);
    const accept = page.locator("#waarborg-consent-accept");
    const reject = page.locator("#waarborg-consent-reject");
    expect(await accept.isVisible()).toBe(true);
    expect(await reject.isVisible()).toBe(true);
    const look = (selector: string) =>
      page.$eval(selector, (el) => {
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          look: [
            s.fontSize,
            s.fontWeight,
            s.color,
            s.backgroundColor,
            s.borderTopWidth,
            s.borderTopColor,
            s.paddingTop,
            s.paddingLeft,
          ],
          height: Math.round(box.height),
          width: Math.round(box.width),
          top: Math.round(box.top),
        };
      });
    const a = await look("#waarborg-consent-accept");
    const r = await look("#waarborg-consent-reject");
    expect(r.look).toEqual(a.look);
    expect(r.height).toBe(a.height);
    expect(Math.abs(r.width - a.width)).toBeLessThanOrEqual(2);
    expect(r.top).toBe(a.top);
    // Who and for what, on the first layer.
    const intro = await page.locator("#waarborg-consent-intro").innerText();
    expect(intro).toContain("Klantwijs B.V.");
    expect(intro).toContain("Statistieken (Plausible Insights OÜ)");
    expect(intro).toContain("Advertenties (AdNet Europe B.V.)");
    await page.click("#waarborg-consent-choose");
    const boxes = page.locator("#waarborg-consent-preferences input[type=checkbox]");
    expect(await boxes.count()).toBe(2);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(false);
    await context.close();
  });

  it("runs the marked scripts and the iframe after accept, and records the decision", async () => {
    const context = await visitor();
    site.forget();
    const page = await open(context);
    const changes = page.evaluate(
      () =>
        new Promise((resolve) =>
          (window as unknown as { consent: { on(e: string, f: (v: unknown) => void): void } }).consent.on(
            "change",
            resolve,
          ),
        ),
    );
    await choose(page, "#waarborg-consent-accept");
    await page.waitForFunction(() => (window as unknown as { adsRuns?: number }).adsRuns === 1);
    expect(await runs(page)).toEqual({ analytics: 1, ads: 1 });
    expect(await page.locator("iframe").getAttribute("src")).toBe("/ad-frame.html");
    const view = (await changes) as { id: string; choices: Record<string, boolean>; decided: boolean };
    expect(view.choices).toEqual({ analytics: true, advertising: true });
    expect(view.decided).toBe(true);
    expect(await consentOf(page)).toEqual(view);
    const records = await recordsFor(view.id);
    expect(records.map((r) => [r.action, JSON.parse(r.choices), r.origin, r.lang, r.gpc])).toEqual([
      ["accept_all", { advertising: true, analytics: true }, site.url, "nl", 0],
    ]);
    // The choice and the consent id in the site's first-party cookie; the banner stays closed on the next page.
    expect((await context.cookies(site.url)).find((c) => c.name === "kw_consent")?.value).toContain(view.id);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    expect(await bannerShown(page)).toBe(false);
    await context.close();
  });

  it("runs nothing after reject, and sets only the banner's own cookie (AP)", async () => {
    const context = await visitor();
    site.forget();
    const page = await open(context);
    await choose(page, "#waarborg-consent-reject");
    await page.reload();
    await page.waitForSelector("#waarborg-consent-settings");
    expect(await bannerShown(page)).toBe(false);
    expect(await runs(page)).toEqual({ analytics: 0, ads: 0 });
    expect(site.requested).not.toContain("/ads.js");
    expect(site.requested).not.toContain("/ad-frame.html");
    expect(await cookieNames(context)).toEqual(["kw_consent"]);
    const { id } = (await consentOf(page)) as { id: string };
    expect((await recordsFor(id)).map((r) => r.action)).toEqual(["reject_all"]);
    await context.close();
  });

  it("stops the scripts after withdrawal through the persistent button, from the next load on", async () => {
    const context = await visitor();
    const page = await open(context);
    await choose(page, "#waarborg-consent-accept");
    await page.waitForFunction(() => (window as unknown as { adsRuns?: number }).adsRuns === 1);
    const { id } = (await consentOf(page)) as { id: string };
    await page.click("#waarborg-consent-settings");
    // Reopened, the boxes show the person's own earlier choice.
    expect(await page.isChecked("#waarborg-consent-purpose-analytics")).toBe(true);
    expect(await page.locator("#waarborg-consent-id").innerText()).toContain(id);
    await page.uncheck("#waarborg-consent-purpose-analytics");
    await page.uncheck("#waarborg-consent-purpose-advertising");
    site.forget();
    await Promise.all([page.waitForEvent("load"), page.click("#waarborg-consent-save")]);
    await page.waitForSelector("#waarborg-consent-settings");
    expect(await runs(page)).toEqual({ analytics: 0, ads: 0 });
    expect(site.requested).not.toContain("/ads.js");
    expect(await bannerShown(page)).toBe(false);
    const records = await recordsFor(id);
    expect(records.map((r) => [r.action, JSON.parse(r.choices)])).toEqual([
      ["accept_all", { advertising: true, analytics: true }],
      ["withdraw", { advertising: false, analytics: false }],
    ]);
    await context.close();
  });

  it("keeps advertising off under Global Privacy Control, and records the signal", async () => {
    const context = await visitor({ gpc: true });
    site.forget();
    const page = await open(context);
    // The rest is still asked; the GPC note says why advertising is off.
    expect(await bannerShown(page)).toBe(true);
    await page.waitForFunction(() =>
      Boolean((window as unknown as { consent: { get(): { id: string } } }).consent.get().id),
    );
    await choose(page, "#waarborg-consent-accept");
    await page.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    expect(await runs(page)).toEqual({ analytics: 1, ads: 0 });
    expect(site.requested).not.toContain("/ads.js");
    const view = (await consentOf(page)) as { id: string; choices: Record<string, boolean>; gpc: boolean };
    expect(view.choices).toEqual({ analytics: true, advertising: false });
    expect(view.gpc).toBe(true);
    const records = await recordsFor(view.id);
    expect(records.map((r) => [r.action, JSON.parse(r.choices), r.gpc])).toEqual([
      ["gpc", { advertising: false, analytics: false }, 1],
      ["accept_all", { advertising: false, analytics: true }, 1],
    ]);
    const consentMode = await page.evaluate(() =>
      Array.from((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer)
        .map((e) => Array.from(e))
        .filter((e) => e[1] === "update")
        .at(-1),
    );
    expect(consentMode).toEqual([
      "consent",
      "update",
      { ad_storage: "denied", ad_user_data: "denied", ad_personalization: "denied", analytics_storage: "granted" },
    ]);
    await context.close();
  });

  it("asks again when the register's consent configuration has a new version", async () => {
    const context = await visitor();
    const page = await open(context);
    await choose(page, "#waarborg-consent-accept");
    await page.waitForFunction(() => (window as unknown as { analyticsRuns?: number }).analyticsRuns === 1);
    const before = service.ctx.register;
    service.ctx.register = await consentRegister((r) => {
      r.consent!.banner!.revision = 4;
      return r;
    });
    try {
      // Routed requests skip the browser's cache: the script a visitor gets once its cache time is over.
      await page.route("**/consent.js", (route) => route.continue());
      await page.reload();
      await page.waitForSelector(BANNER);
      expect(await bannerShown(page)).toBe(true);
      expect(await runs(page)).toEqual({ analytics: 0, ads: 0 });
      expect(((await consentOf(page)) as { version: number; decided: boolean }).version).toBe(4);
      await choose(page, "#waarborg-consent-reject");
      const { id } = (await consentOf(page)) as { id: string };
      expect((await recordsFor(id)).map((r) => [r.action, r.version])).toEqual([
        ["accept_all", 3],
        ["reject_all", 4],
      ]);
    } finally {
      service.ctx.register = before;
    }
    await context.close();
  });

  it("works with the keyboard alone, and does not shift the page's layout", async () => {
    const context = await visitor({ locale: "en-GB" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        // What Cumulative Layout Shift counts: shifts not caused by the person's own input.
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${site.url}/`);
    await page.waitForSelector(BANNER);
    // The banner takes the focus on a first visit, as a dialog with a name and a description.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("waarborg-consent-banner");
    expect(await page.getAttribute(BANNER, "role")).toBe("dialog");
    expect(await page.locator(BANNER).getAttribute("aria-labelledby")).toBe("waarborg-consent-title");
    const focusOn = async (id: string) => {
      for (let i = 0; i < 10; i++) {
        if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await focusOn("waarborg-consent-choose");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("waarborg-consent-purpose-analytics");
    await page.keyboard.press("Space");
    await focusOn("waarborg-consent-save");
    await page.keyboard.press("Enter");
    await page.locator(BANNER).waitFor({ state: "hidden" });
    // Focus comes back to the persistent button, which reopens the banner from the keyboard.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("waarborg-consent-settings");
    expect(((await consentOf(page)) as { choices: Record<string, boolean> }).choices).toEqual({
      analytics: true,
      advertising: false,
    });
    await page.keyboard.press("Enter");
    expect(await bannerShown(page)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await bannerShown(page)).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await context.close();
  });

  it("speaks the page's language, and the browser's when the page names none", async () => {
    for (const [path, locale, lang, title] of [
      ["/", "en-GB", "nl", "Cookies bij Klantwijs B.V."],
      ["/en", "nl-NL", "en", "Cookies at Klantwijs B.V."],
    ] as const) {
      const context = await visitor({ locale });
      const page = await open(context, path);
      expect(await page.locator("#waarborg-consent").getAttribute("lang")).toBe(lang);
      expect(await page.locator("#waarborg-consent-title").innerText()).toBe(title);
      await page.screenshot({ path: join(ARTIFACTS, `consent-banner-${lang}.png`), fullPage: true });
      await page.click("#waarborg-consent-choose");
      await page.screenshot({ path: join(ARTIFACTS, `consent-preferences-${lang}.png`), fullPage: true });
      await context.close();
    }
  });
});
