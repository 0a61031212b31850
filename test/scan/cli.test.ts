import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../browser/console-harness.js";
import { runCli } from "../helpers/cli.js";
import { writeSiteRegister } from "./register.js";
import { startSites, type TestSites } from "./sites.js";

describe("waarborg scan on the command line", () => {
  let sites: TestSites;
  let register: string;
  const out = mkdtempSync(join(tmpdir(), "waarborg-scan-cli-"));

  beforeAll(async () => {
    sites = await startSites();
    register = writeSiteRegister();
  });
  afterAll(() => sites?.close());

  it("refuses a URL it cannot scan, and a page count below one, with exit code 2", async () => {
    const bad = await runCli(["scan", "ftp://example.nl/", "--register", register]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("only http and https");
    const none = await runCli(["scan", sites.url("compliant"), "--register", register, "--pages", "0"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--pages must be a positive number");
    const resolve = await runCli(["scan", sites.url("compliant"), "--register", register, "--resolve", "nohost"]);
    expect(resolve.code).toBe(2);
    expect(resolve.stderr).toContain("--resolve takes host=ip");
  });

  it("says where Chromium should be when it is missing", async () => {
    process.env.WAARBORG_CHROMIUM = join(out, "no-chromium");
    try {
      const result = await runCli(["scan", sites.url("compliant"), "--register", register]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("WAARBORG_CHROMIUM");
    } finally {
      delete process.env.WAARBORG_CHROMIUM;
    }
  });

  describe.skipIf(!browserAvailable("scan CLI's"))("with Chromium", () => {
    const args = (variant: "compliant" | "tracker-before") => [
      "scan",
      sites.url(variant),
      "--register",
      register,
      "--pages",
      "2",
      "--rate",
      "50",
      "--resolve",
      "tracker.example=127.0.0.1",
    ];

    it("prints the findings as JSON, exits 1 and writes the evidence report as HTML and PDF", async () => {
      const html = join(out, "report.html");
      const pdf = join(out, "report.pdf");
      const result = await runCli([
        ...args("tracker-before"),
        "--format",
        "json",
        "--report",
        html,
        "--pdf",
        pdf,
        "--lang",
        "en",
      ]);
      expect(result.code).toBe(1);
      const json = JSON.parse(result.stdout) as { exitCode: number; pages: string[]; diagnostics: { rule: string }[] };
      expect(json.exitCode).toBe(1);
      expect(json.pages).toEqual(["/tracker-before", "/tracker-before/about"]);
      expect(new Set(json.diagnostics.map((d) => d.rule))).toEqual(
        new Set(["scan-cookie-before-consent", "scan-request-before-consent"]),
      );
      expect(result.stderr).toContain("scan: before a choice: 100% (2/2)");
      expect(result.stderr).toContain("scan: after accept all: 100% (2/2)");
      const page = readFileSync(html, "utf8");
      expect(page).toContain('<html lang="en">');
      expect(page).toContain("Cookie scan: evidence report");
      expect(page.match(/<img src="data:image\/png;base64,/g)).toHaveLength(3);
      expect(page).toContain("scan-request-before-consent");
      expect(page).toContain("tracker.example");
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    });

    it("says so when the site does not answer", async () => {
      const result = await runCli(["scan", "http://127.0.0.1:9/", "--register", register]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("http://127.0.0.1:9 does not answer");
    });

    it("prints nothing but the summary in text for the compliant site, and exits 0", async () => {
      const result = await runCli(args("compliant"));
      expect(result.code).toBe(0);
      expect(result.stdout).toBe("2 page(s) scanned; 0 error(s), 0 warning(s), 0 note(s)\n");
    });
  });
});
