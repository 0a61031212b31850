import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGrantVerifier, decideAsCustomer, listGrants, reportGrantUse } from "../../src/access-grants/index.js";
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
  console.warn(`\n!!! SKIPPING the access grant browser test: ${message} !!!\n`);
  return false;
}

describe.skipIf(!browserAvailable())("support access in the admin console, in a browser", () => {
  let dir: string;
  let service: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "waarborg-browser-grants-"));
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
      ["support@klantwijs.example", "support"],
      ["po@klantwijs.example", "privacy_officer"],
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
    "support asks by keyboard, the privacy officer approves, and the token verifies",
    { timeout: 120_000 },
    async () => {
      const support = await signedIn("support@klantwijs.example", "en-GB");
      await support.getByRole("link", { name: "Support access" }).click();
      await support.getByLabel("Tenant").fill("tenant-42");
      await support.getByLabel("Reason").fill("the export of invoices fails");
      await support.getByLabel("Ticket, project or incident number").fill("SUP-1234");
      await support.getByLabel("Duration in minutes").fill("60");
      await shot(support, "access-grants-1-ask-en");
      await support.getByLabel("Duration in minutes").press("Enter");
      await support.waitForURL(/\/admin\/access-grants\/[0-9a-f-]+\?done=requested/);
      await expect(support.getByText("awaiting approval").count()).resolves.toBeGreaterThan(0);
      await expect(support.getByRole("button", { name: "Approve" }).count()).resolves.toBe(0);
      await shot(support, "access-grants-2-requested-en");

      const officer = await signedIn("po@klantwijs.example", "nl-NL");
      await officer.goto(`${service.adminUrl}access-grants?lang=nl`);
      await shot(officer, "access-grants-3-list-nl");
      await officer.getByRole("link", { name: "tenant-42" }).click();
      await officer.getByRole("button", { name: "Goedkeuren" }).focus();
      await officer.keyboard.press("Enter");
      await officer.waitForURL(/done=approved/);
      await expect(officer.getByText("wacht op de klant").count()).resolves.toBeGreaterThan(0);
      await shot(officer, "access-grants-4-awaiting-customer-nl");

      const [grant] = await listGrants(service.ctx);
      await decideAsCustomer(service.ctx, grant!.id, {
        decision: "approve",
        tenant: "tenant-42",
        by: "t-1",
        actor: "api:app",
      });
      await reportGrantUse(service.ctx, {
        grantId: grant!.id,
        tenant: "tenant-42",
        action: "invoice.export",
        actor: "api:app",
      });
      await support.reload();
      await support.getByRole("button", { name: "Make a token" }).click();
      const token = await support.locator(".notice code").innerText();
      await shot(support, "access-grants-5-token-en");
      const keys = await (await fetch(new URL("/.well-known/jwks.json", service.ctx.publicUrl))).json();
      const verifier = createGrantVerifier(keys, { issuer: service.ctx.publicUrl.replace(/\/+$/, "") });
      expect(verifier.verify(token, { tenant: "tenant-42" })).toMatchObject({ ok: true, claims: { jti: grant!.id } });
      await expect(support.getByRole("cell", { name: "invoice.export" }).count()).resolves.toBe(1);
    },
  );
});
