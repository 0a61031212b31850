import { describe, expect, it } from "vitest";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";

const minimal = `organization:
  name: Voorbeeld B.V.
statement:
  version: "1"
  effective_date: "2026-01-01"
`;

const load = (text: string, files: Record<string, string> = {}) =>
  loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": text, ...files }), "/r");

describe("cookie categories and the cookie policy in the register", () => {
  it("loads categories keyed by kind, a policy, and single cookies beside them", async () => {
    const text = `${minimal}cookie_categories:
  necessary:
    description: { nl: houdt u ingelogd, en: keeps you signed in }
    duration: session
  analytics:
    providers: [matomo, Eigen teller]
    duration: 13 months
    consent_purpose: stats
    party: first
cookie_policy:
  url: https://voorbeeld.example/cookies
  covers: [necessary, analytics]
cookies:
  - { name: sessie, purpose: necessary }
`;
    const loaded = await load(text);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.register?.cookie_categories.analytics).toMatchObject({
      providers: ["matomo", "Eigen teller"],
      duration: "13 months",
      consent_purpose: "stats",
    });
    expect(loaded.register?.cookie_categories.necessary?.providers).toEqual([]);
    expect(loaded.register?.cookie_policy).toEqual({
      url: "https://voorbeeld.example/cookies",
      covers: ["necessary", "analytics"],
    });
    expect(loaded.register?.cookies).toHaveLength(1);
  });

  it("defaults to no categories and no policy", async () => {
    const loaded = await load(minimal);
    expect(loaded.register?.cookie_categories).toEqual({});
    expect(loaded.register?.cookie_policy).toBeUndefined();
  });

  it("rejects a category that is not a cookie kind, at its key, and suggests the nearest", async () => {
    const loaded = await load(`${minimal}cookie_categories:\n  analytic:\n    duration: session\n`);
    expect(loaded.register).toBeUndefined();
    const d = loaded.diagnostics[0];
    expect(d).toMatchObject({ file: "privacy.yaml", line: 7, col: 3, severity: "error" });
    expect(d?.message).toContain("analytics");
  });

  it("rejects an unknown field in a category at its line and column", async () => {
    const loaded = await load(`${minimal}cookie_categories:\n  marketing:\n    provider: AdNet\n`);
    const d = loaded.diagnostics.find((x) => x.rule === "schema-unknown-key");
    expect(d).toMatchObject({ file: "privacy.yaml", line: 8, col: 5 });
    expect(d?.message).toContain('Did you mean "providers"?');
  });

  it("rejects a policy without a valid url, and a kind it covers that does not exist", async () => {
    const loaded = await load(`${minimal}cookie_policy:\n  url: cookies\n  covers: [marketing, tracking]\n`);
    expect(loaded.register).toBeUndefined();
    const places = loaded.diagnostics.map((d) => `${d.line}:${d.col}`);
    expect(places).toContain("7:8");
    expect(places).toContain("8:23");
  });

  it("accepts only a web address for the policy", async () => {
    const loaded = await load(`${minimal}cookie_policy:\n  url: "javascript:alert(1)"\n`);
    expect(loaded.diagnostics[0]).toMatchObject({ line: 7, col: 8, severity: "error" });
    expect(loaded.diagnostics[0]?.message).toContain("https://");
  });

  it("rejects a policy without a url at the policy's key", async () => {
    const loaded = await load(`${minimal}cookie_policy:\n  covers: [marketing]\n`);
    expect(loaded.diagnostics[0]).toMatchObject({ line: 7, severity: "error" });
    expect(loaded.diagnostics[0]?.message).toContain("url");
  });

  it("merges categories from included files and flags a kind declared in two", async () => {
    const main = `${minimal}include: [cookies.yaml]\ncookie_categories:\n  necessary: {}\n`;
    const loaded = await load(main, { "/r/cookies.yaml": "cookie_categories:\n  analytics: {}\n  necessary: {}\n" });
    const d = loaded.diagnostics.find((x) => x.rule === "include-duplicate");
    expect(d).toMatchObject({ file: "cookies.yaml", line: 3, col: 3 });
    const ok = await load(main, { "/r/cookies.yaml": "cookie_categories:\n  analytics: {}\n" });
    expect(ok.diagnostics).toEqual([]);
    expect(Object.keys(ok.register?.cookie_categories ?? {})).toEqual(["necessary", "analytics"]);
  });
});
