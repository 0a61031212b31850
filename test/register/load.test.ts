import { describe, expect, it } from "vitest";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";

const minimal = `organization:
  name: Voorbeeld B.V.
statement:
  version: "1"
  effective_date: "2026-01-01"
`;

describe("loadRegister", () => {
  it("loads a minimal register and fills defaults", async () => {
    const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": minimal }), "/r");
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.register?.organization.name).toBe("Voorbeeld B.V.");
    expect(loaded.register?.rights.response_time).toBe("1 month");
    expect(loaded.register?.statement.languages).toEqual(["nl", "en"]);
  });

  it("points an unknown key at its line and column and suggests the right one", async () => {
    const text = `${minimal}activities:\n  shop:\n    name: Shop\n    purpose: Selling\n    legal_bassis: contract\n`;
    const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": text }), "/r");
    expect(loaded.register).toBeUndefined();
    const d = loaded.diagnostics.find((x) => x.rule === "schema-unknown-key");
    expect(d).toMatchObject({ file: "privacy.yaml", line: 10, col: 5, severity: "error" });
    expect(d?.message).toContain('Did you mean "legal_basis"?');
  });

  it("tells that a comma in an unquoted per-language text split it, and how to quote it", async () => {
    const text = `${minimal}activities:\n  shop:\n    name: Shop\n    purpose: { nl: Verkopen, leveren, en: Selling }\n`;
    const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": text }), "/r");
    expect(loaded.register).toBeUndefined();
    const d = loaded.diagnostics.find((x) => x.rule === "schema-unknown-key");
    expect(d).toMatchObject({ file: "privacy.yaml", line: 9, col: 30, severity: "error" });
    expect(d?.message).toContain('Unknown key "leveren"');
    expect(d?.message).toContain("a comma in an unquoted text");
    expect(d?.hint).toMatch(/put the text in quotes/);
  });

  it("suggests the nearest enum value", async () => {
    const text = `${minimal}activities:\n  shop:\n    name: Shop\n    purpose: Selling\n    legal_basis: contrakt\n`;
    const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": text }), "/r");
    const d = loaded.diagnostics[0];
    expect(d).toMatchObject({ rule: "schema-invalid-value", line: 10, col: 18 });
    expect(d?.message).toContain('Did you mean "contract"?');
  });

  it("reports a missing required section at the top of the file", async () => {
    const loaded = await loadRegister("/r/p.yaml", memoryReader({ "/r/p.yaml": "organization:\n  name: X\n" }), "/r");
    expect(loaded.diagnostics.map((d) => d.rule)).toEqual(["schema-missing"]);
    expect(loaded.diagnostics[0]?.message).toContain("statement");
  });

  it("reports YAML syntax errors as unreadable with a position", async () => {
    const loaded = await loadRegister("/r/p.yaml", memoryReader({ "/r/p.yaml": "organization:\n  name: [unclosed\n" }), "/r");
    expect(loaded.unreadable).toBe(true);
    expect(loaded.diagnostics[0]).toMatchObject({ rule: "yaml-syntax", file: "p.yaml" });
    expect(loaded.diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("rejects duplicate keys instead of silently keeping the last", async () => {
    const loaded = await loadRegister("/r/p.yaml", memoryReader({ "/r/p.yaml": `${minimal}organization:\n  name: Y\n` }), "/r");
    expect(loaded.unreadable).toBe(true);
    expect(loaded.diagnostics[0]).toMatchObject({ rule: "yaml-syntax", line: 6 });
  });

  it("merges included files and points findings into the file that holds them", async () => {
    const files = {
      "/r/privacy.yaml": `include: [parts/activities.yaml]\n${minimal}`,
      "/r/parts/activities.yaml": "activities:\n  shop:\n    name: Shop\n    purpose: Selling\n    role: controler\n",
    };
    const loaded = await loadRegister("/r/privacy.yaml", memoryReader(files), "/r");
    expect(loaded.diagnostics[0]).toMatchObject({ file: "parts/activities.yaml", line: 5, col: 11 });
  });

  it("flags a section defined in two files and an include cycle", async () => {
    const files = {
      "/r/a.yaml": `include: [b.yaml]\n${minimal}`,
      "/r/b.yaml": "include: [a.yaml]\norganization:\n  name: Other\n",
    };
    const loaded = await loadRegister("/r/a.yaml", memoryReader(files), "/r");
    const rules = loaded.diagnostics.map((d) => d.rule);
    expect(rules).toContain("include-duplicate");
    expect(rules).toContain("include-cycle");
  });

  it("reports a missing include at the include line", async () => {
    const loaded = await loadRegister("/r/a.yaml", memoryReader({ "/r/a.yaml": `include: [gone.yaml]\n${minimal}` }), "/r");
    expect(loaded.unreadable).toBe(true);
    expect(loaded.diagnostics[0]).toMatchObject({ rule: "file-unreadable", file: "a.yaml", line: 1 });
  });
});
