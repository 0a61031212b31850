import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMoment, listBreaches, notifyDeadline } from "../../src/breaches/index.js";
import { createUser } from "../../src/auth/index.js";
import { DEMO_REGISTER, type ServiceConfig } from "../../src/service/config.js";
import { createLogger } from "../../src/service/logger.js";
import { type RunningService, startService } from "../../src/service/start.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/browser/", import.meta.url));
const PASSWORD = "a long enough password";

function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} is missing (apt-get install chromium)`;
  if (process.env.CI === "true") throw new Error(`${message}: the browser test is mandatory under CI=true`);
  console.warn(`\n!!! SKIPPING the breach register browser test: ${message} !!!\n`);
  return false;
}

describe.skipIf(!browserAvailable())("the breach register in the admin console, in a browser", () => {
  let dir: string;
  let service: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "waarborg-browser-breaches-"));
    mkdirSync(ARTIFACTS, { recursive: true });
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
      demoDatabaseUrl: `sqlite:${join(dir, "demo.db")}`,
      demoSubjects: 5,
      adminEmail: "officer@klantwijs.example",
      trustProxy: false,
      runWorker: false,
      logLevel: "silent",
    };
    service = await startService(config, { logger: createLogger({ level: "silent" }), env: {} });
    for (const [email, role] of [
      ["po@klantwijs.example", "privacy_officer"],
      ["auditor@klantwijs.example", "auditor"],
    ] as const)
      await createUser(service.ctx.store, { email, name: role, role, password: PASSWORD }, { actor: "system" });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  async function signedIn(email: string, locale: string): Promise<Page> {
    const context = await browser.newContext({ locale, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${service.adminUrl}sign-in`);
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(PASSWORD);
    await page.locator("#password").press("Enter");
    await page.waitForURL(/\/admin\/requests/);
    return page;
  }

  it(
    "the privacy officer records a breach by keyboard, assesses it, and reads the draft; the auditor reads the register",
    { timeout: 120_000 },
    async () => {
      // A day ago, so the 72 hours are still running whenever the test runs; the deadline follows from it alone.
      const awareAt = new Date(Date.now() - 24 * 3_600_000);
      awareAt.setUTCSeconds(0, 0);
      const officer = await signedIn("po@klantwijs.example", "en-GB");
      await officer.getByRole("link", { name: "Breaches" }).click();
      await officer.getByLabel("Short description").fill("Mailing with visible recipients");
      await officer.getByLabel("Became aware on").fill(awareAt.toISOString());
      await shot(officer, "breaches-1-record-en");
      await officer.getByLabel("Became aware on").press("Enter");
      await officer.waitForURL(/\/admin\/breaches\/[0-9a-f-]+\?done=recorded/);
      const deadline = formatMoment(notifyDeadline(awareAt.toISOString()).toISOString(), "en");
      await expect(officer.getByText(`Notify by: ${deadline}`).count()).resolves.toBe(1);
      await expect(officer.getByText("left before the 72 hours run out").count()).resolves.toBe(1);
      await expect(officer.getByText("The draft is not ready yet").count()).resolves.toBe(1);
      await shot(officer, "breaches-2-recorded-en");

      await officer.getByLabel("high risk").focus();
      await officer.keyboard.press("Space");
      await officer.getByLabel("confidentiality").focus();
      await officer.keyboard.press("Space");
      await officer.getByLabel("What happened").fill("A mailing showed every recipient's address.");
      await officer.getByLabel("Likely consequences").fill("phishing aimed at the people concerned");
      await officer.getByRole("button", { name: "Save" }).focus();
      await officer.keyboard.press("Enter");
      await officer.waitForURL(/done=updated/);
      await expect(officer.getByRole("definition").filter({ hasText: "required" }).count()).resolves.toBe(2);
      await shot(officer, "breaches-3-assessed-en");

      await officer.getByRole("link", { name: "Draft notification (Dutch)" }).click();
      await expect(officer.getByRole("heading", { name: "Aard van het incident" }).count()).resolves.toBe(1);
      await expect(officer.getByText("niet vastgelegd").count()).resolves.toBeGreaterThan(0);
      await shot(officer, "breaches-4-draft-nl");

      const auditor = await signedIn("auditor@klantwijs.example", "nl-NL");
      await auditor.goto(`${service.adminUrl}breaches?lang=nl`);
      const [breach] = await listBreaches(service.ctx);
      await expect(auditor.getByRole("link", { name: breach!.reference }).count()).resolves.toBe(1);
      await expect(auditor.getByRole("button", { name: "Vastleggen" }).count()).resolves.toBe(0);
      await expect(auditor.getByRole("link", { name: "Register als CSV" }).count()).resolves.toBe(1);
      await shot(auditor, "breaches-5-register-nl");
    },
  );
});
