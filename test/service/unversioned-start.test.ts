import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_REGISTER, type ServiceConfig } from "../../src/service/config.js";
import { createLogger } from "../../src/service/logger.js";
import { type RunningService, startService } from "../../src/service/start.js";
import { statementVersions } from "../../src/statement/index.js";

/**
 * The service on a register whose statement records no version and no effective date: it starts,
 * archives the statement under its text, and the privacy center shows it without inventing either.
 */
describe("serve with a statement without version and effective date", () => {
  let dir: string;
  let service: RunningService | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "waarborg-unversioned-"));
    const text = readFileSync(DEMO_REGISTER, "utf8")
      .replace(/^ {2}version: .*\n/m, "")
      .replace(/^ {2}effective_date: .*\n/m, "");
    writeFileSync(join(dir, "privacy.yaml"), text);
    copyFileSync(join(dirname(DEMO_REGISTER), "datasets.yaml"), join(dir, "datasets.yaml"));
    const config: ServiceConfig = {
      demo: true,
      host: "127.0.0.1",
      port: 0,
      publicUrl: undefined,
      storeUrl: `sqlite:${join(dir, "waarborg.db")}`,
      registerPath: join(dir, "privacy.yaml"),
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
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("archives the statement once, under a key made from its text", async () => {
    const versions = await statementVersions(service!.ctx.store);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.key).toMatch(/^unnumbered-/);
    expect(versions[0]?.version).toBeUndefined();
  });

  it("shows the statement and its archive in both languages without a version or date", async () => {
    const get = (url: string) => service!.app.inject({ method: "GET", url });
    for (const lang of ["nl", "en"] as const) {
      const page = await get(`/${lang}/privacy`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toMatch(/undefined|class="meta"/);
      const list = await get(`/${lang}/privacy/versions`);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain(lang === "nl" ? "zonder nummer, gepubliceerd op" : "without a number, published on");
      expect(list.body).toContain(lang === "nl" ? "niet vastgelegd" : "not recorded");
      expect(list.body).toContain(`<a href="/${lang}/privacy">`);
      const key = (await statementVersions(service!.ctx.store))[0]!.key;
      expect((await get(`/${lang}/privacy/versions/${key}`)).headers.location).toBe(`/${lang}/privacy`);
    }
  });
});
