import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnector } from "../../src/connectors/open.js";
import { listOutbox } from "../../src/mail/outbox.js";
import { DEMO_REGISTER, type ServiceConfig } from "../../src/service/config.js";
import { createLogger } from "../../src/service/logger.js";
import { type RunningService, startService } from "../../src/service/start.js";
import { unzip } from "../http/center/harness.js";
import { ARTIFACTS, browserAvailable, CHROMIUM } from "./console-harness.js";

const ADMIN_EMAIL = "officer@klantwijs.example";

const runs = browserAvailable("console flows");

interface Person {
  email: string;
  phone: string | null;
}

/** Two people of the seeded demo database: one asks for their data, the other to be forgotten. */
async function demoPeople(url: string): Promise<[Person, Person]> {
  const connector = await openConnector(url);
  try {
    const rows = await connector.db.selectFrom("users").select(["email", "phone"]).orderBy("id").limit(2).execute();
    return rows.map((r) => ({ email: String(r.email), phone: r.phone === null ? null : String(r.phone) })) as [
      Person,
      Person,
    ];
  } finally {
    await connector.close();
  }
}

/**
 * Every row of the demo database that still holds one of `values` in the clear, as `table:id`, with
 * the rows the engine marked restricted (kept under a legal hold) listed apart.
 */
async function rowsHolding(url: string, values: string[]): Promise<{ open: string[]; restricted: string[] }> {
  const connector = await openConnector(url);
  try {
    const tables = await connector.db.introspection.getTables();
    // The engine creates its side table for restrictions when it first restricts something.
    const marks = tables.some((t) => t.name === "waarborg_restrictions")
      ? await connector.db.selectFrom("waarborg_restrictions").select(["collection", "row_key"]).execute()
      : [];
    const restrictedKeys = new Set(marks.map((m) => `${m.collection}:${m.row_key}`));
    const open: string[] = [];
    const restricted: string[] = [];
    for (const table of tables) {
      if (table.name === "waarborg_restrictions") continue;
      for (const row of await connector.db.selectFrom(table.name).selectAll().execute()) {
        const cells = Object.values(row).map((v) => (typeof v === "string" ? v : ""));
        if (!values.some((value) => cells.some((cell) => cell.includes(value)))) continue;
        const key = `${table.name}:${String(row.id)}`;
        (restrictedKeys.has(key) ? restricted : open).push(key);
      }
    }
    return { open, restricted };
  } finally {
    await connector.close();
  }
}

describe.skipIf(!runs)("the privacy center and the admin console in a browser", () => {
  let dir: string;
  let service: RunningService;
  let browser: Browser;
  let person: BrowserContext;
  let officer: BrowserContext;
  let demoUrl: string;
  let people: [Person, Person];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "waarborg-browser-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    demoUrl = `sqlite:${join(dir, "demo.db")}`;
    const config: ServiceConfig = {
      demo: true,
      host: "127.0.0.1",
      port: 0,
      publicUrl: undefined,
      storeUrl: `sqlite:${join(dir, "waarborg.db")}`,
      registerPath: DEMO_REGISTER,
      dataDir: join(dir, ".waarborg"),
      smtpUrl: undefined,
      mailFrom: undefined,
      demoDatabaseUrl: demoUrl,
      demoSubjects: 40,
      adminEmail: ADMIN_EMAIL,
      trustProxy: false,
      runWorker: true,
      logLevel: "silent",
    };
    service = await startService(config, { logger: createLogger({ level: "silent" }), env: {} });
    people = await demoPeople(demoUrl);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    });
    // Two people, two browsers' worth of cookies: the requester and the privacy officer.
    person = await browser.newContext({ locale: "en-GB", acceptDownloads: true, javaScriptEnabled: false });
    officer = await browser.newContext({ locale: "en-GB", javaScriptEnabled: false });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  let officerPage: Page | undefined;
  /** The officer's page, signed in on first use with the first admin account printed at start-up. */
  async function console(): Promise<Page> {
    if (officerPage) return officerPage;
    const page = await officer.newPage();
    await page.goto(`${service.adminUrl}sign-in`);
    await page.getByLabel("E-mail address").fill(service.firstAdmin!.email);
    await page.getByLabel("Password").fill(service.firstAdmin!.password);
    await shot(page, "admin-sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/admin\/requests/);
    officerPage = page;
    return page;
  }

  /**
   * The code in the newest mail to `email`, read in the console's outbox: codes are masked there, so
   * the admin opens the message and reveals it, which the audit log records.
   */
  async function codeFromOutbox(email: string, screenshot?: string): Promise<string> {
    const page = await console();
    await page.goto(`${service.adminUrl}outbox`);
    await page
      .getByRole("row")
      .filter({ hasText: email })
      .filter({ hasText: /code/ })
      .first()
      .getByRole("link")
      .click();
    await page.getByRole("button", { name: "Show codes and links (recorded in the audit log)" }).click();
    await page.getByText("Codes and links are shown.").waitFor();
    if (screenshot) await shot(page, screenshot);
    const text = await page.getByRole("main").innerText();
    return /\b(\d{6})\b/.exec(text)![1]!;
  }

  /** Files a request of the kind named by the radio label, and confirms it with the mailed code. */
  async function fileAndConfirm(page: Page, right: string, email: string, prefix: string): Promise<void> {
    await page.goto(service.centerUrl);
    await page.waitForURL(/\/en\/$/);
    await shot(page, `${prefix}-1-home`);
    await page.getByRole("main").getByRole("link", { name: "Make a request" }).click();
    await page.getByLabel(right, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("E-mail address").fill(email);
    await shot(page, `${prefix}-2-form`);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Check your e-mail");
    await shot(page, `${prefix}-3-check-your-email`);
    const code = await codeFromOutbox(email, `${prefix}-4-outbox`);
    await page.getByLabel("Code from the e-mail").fill(code);
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL(/\/status\//);
  }

  /** Reloads the status page until it shows `status` (the jobs run in the service, in the background). */
  async function waitForStatus(page: Page, status: RegExp): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const shown = await page.locator("dl.facts dd").first().innerText();
      if (status.test(shown)) return;
      if (Date.now() > deadline) throw new Error(`the status page still says "${shown}"`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      await page.reload();
    }
  }

  it("a person gets a copy of their data", { timeout: 180_000 }, async () => {
    const [someone] = people;
    const page = await person.newPage();
    await fileAndConfirm(page, "Access", someone.email, "access");
    await waitForStatus(page, /^Completed$/);
    await shot(page, "access-5-status-completed");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download your data" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const files = unzip(readFileSync((await download.path())!));
    const everything = [...files.values()].map((b) => b.toString("utf8")).join("\n");
    expect(everything).toContain(someone.email);
    if (someone.phone) expect(everything).toContain(someone.phone);
    await page.reload();
    await expect(page.getByText("Data downloaded").count()).resolves.toBe(1);

    // The link in the completion mail opens a page first; only its button spends a download.
    const mails = await listOutbox(service.ctx.store, { to: someone.email });
    const link = mails.map((m) => /https?:\/\/\S+\/download\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).find(Boolean);
    expect(link).toBeDefined();
    const fromMail = await person.newPage();
    await fromMail.goto(link!);
    await expect(fromMail.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Download your data");
    await expect(fromMail.getByText("The download works 2 more times").count()).resolves.toBe(1);
    await shot(fromMail, "access-6-download-from-mail");
    const [again] = await Promise.all([
      fromMail.waitForEvent("download"),
      fromMail.getByRole("button", { name: "Download your data" }).click(),
    ]);
    expect(again.suggestedFilename()).toBe(download.suggestedFilename());
  });

  it("a person is forgotten once the privacy officer approves", { timeout: 180_000 }, async () => {
    const [, someone] = people;
    const values = [someone.email, ...(someone.phone ? [someone.phone] : [])];
    expect((await rowsHolding(demoUrl, values)).open.length).toBeGreaterThan(0);

    const page = await person.newPage();
    await fileAndConfirm(page, "Erasure", someone.email, "erasure");
    await waitForStatus(page, /being reviewed by our privacy officer/);
    await shot(page, "erasure-5-status-awaiting-approval");

    const desk = await console();
    await desk.goto(`${service.adminUrl}requests`);
    await shot(desk, "erasure-6-admin-queue");
    await desk
      .getByRole("row")
      .filter({ hasText: "Erasure" })
      .filter({ hasText: "Awaiting approval" })
      .first()
      .getByRole("link")
      .first()
      .click();
    await shot(desk, "erasure-7-admin-request");
    await desk.getByRole("button", { name: "Approve" }).click();
    await shot(desk, "erasure-8-admin-approved");

    await page.reload();
    await waitForStatus(page, /^Completed/);
    await shot(page, "erasure-9-status-completed");

    // What is left of the person is only what the tax rules make the company keep, restricted.
    const left = await rowsHolding(demoUrl, values);
    expect(left.open).toEqual([]);
    for (const key of left.restricted) expect(key).toMatch(/^(invoices|invoice_lines|payments):/);
  });

  it(
    "the retention page is reached, read and downloaded from with the keyboard alone",
    { timeout: 120_000 },
    async () => {
      const page = await console();
      await page.goto(`${service.adminUrl}requests`);
      // From the top of the page through the menu to its Retention link, as someone without a mouse does.
      let focused = "";
      for (let i = 0; i < 40 && focused !== "Retention"; i++) {
        await page.keyboard.press("Tab");
        focused = (
          await page
            .locator(":focus")
            .innerText()
            .catch(() => "")
        ).trim();
      }
      expect(focused).toBe("Retention");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/admin\/retention$/);
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Retention");
      await shot(page, "retention-1-page");

      // Every chart is an image with a name, and every table is a named region the keyboard can reach.
      const charts = page.getByRole("img", { name: /^Rows handled per run, rule / });
      for (const chart of await charts.all())
        expect((await chart.getAttribute("aria-labelledby"))?.split(" ")).toHaveLength(2);
      await expect(page.getByRole("region", { name: "Rules" }).getAttribute("tabindex")).resolves.toBe("0");
      await expect(
        page.getByRole("table", { name: "Rules" }).getByRole("columnheader").allInnerTexts(),
      ).resolves.toEqual([
        "Rule",
        "Period",
        "Action",
        "Last run",
        "Handled",
        "Next run",
        "Overdue",
        "Kept (retention duty)",
        "Kept (legal hold)",
        "Holds in force",
      ]);

      // The evidence downloads from its link with Enter.
      const link = page.getByRole("link", { name: "Download as CSV" });
      await link.focus();
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toMatch(/^retention-evidence-.*\.csv$/);
      expect(readFileSync((await download.path())!, "utf8")).toMatch(/^\ufeffrule,period,action,statement_nl,/);

      await page.goto(`${service.adminUrl}retention?lang=nl`);
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Bewaartermijnen");
      await shot(page, "retention-2-page-nl");
      // Back to English for whatever runs after this.
      await page.goto(`${service.adminUrl}retention?lang=en`);
    },
  );
});
