import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createUser, type UserRole } from "../../src/auth/index.js";
import { DEMO_REGISTER, type ServiceConfig } from "../../src/service/config.js";
import { createLogger } from "../../src/service/logger.js";
import { type RunningService, startService } from "../../src/service/start.js";

export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/browser/", import.meta.url));
const PASSWORD = "a long enough password";

/** Without Chromium a browser suite skips, loudly; under CI=true a missing browser fails the run instead. */
export function browserAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} is missing (apt-get install chromium)`;
  if (process.env.CI === "true") throw new Error(`${message}: the browser test is mandatory under CI=true`);
  console.warn(`\n!!! SKIPPING the ${suite} browser test: ${message} !!!\n`);
  return false;
}

export interface ConsoleHarness {
  readonly service: RunningService;
  /** A browser context without JavaScript, signed in to the console as `email`, on the requests page. */
  signedIn(email: string, locale: string): Promise<Page>;
  /** A full-page screenshot into test-artifacts/browser/<name>.png. */
  shot(page: Page, name: string): Promise<Buffer>;
}

/**
 * The demo service on a fresh SQLite store, with console users of the given roles, and a headless
 * Chromium: started before the suite's tests, stopped after them. Call it inside a `describe`.
 */
export function consoleHarness(
  name: string,
  users: readonly (readonly [email: string, role: UserRole])[],
): ConsoleHarness {
  let dir: string | undefined;
  let service: RunningService | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `waarborg-browser-${name}-`));
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
    for (const [email, role] of users)
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

  return {
    get service() {
      if (!service) throw new Error("the harness's service is not started yet");
      return service;
    },
    async signedIn(email, locale) {
      const context = await browser!.newContext({ locale, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${service!.adminUrl}sign-in`);
      await page.locator("#email").fill(email);
      await page.locator("#password").fill(PASSWORD);
      await page.locator("#password").press("Enter");
      await page.waitForURL(/\/admin\/requests/);
      return page;
    },
    shot: (page, shotName) => page.screenshot({ path: join(ARTIFACTS, `${shotName}.png`), fullPage: true }),
  };
}
