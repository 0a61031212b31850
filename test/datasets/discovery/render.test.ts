import { describe, expect, it } from "vitest";
import { classifyDatabase } from "../../../src/datasets/discovery/discover.js";
import { propose } from "../../../src/datasets/discovery/propose.js";
import { renderJson, renderText } from "../../../src/datasets/discovery/render.js";
import { PROFILES, SHAPE } from "./shape.js";

describe("render", () => {
  const discovery = classifyDatabase(SHAPE, PROFILES);
  const proposal = propose(discovery, { name: "app", url_env: "APP_DATABASE_URL" });

  it("prints a table per database table, then the proposal itself when no file was given", () => {
    const text = renderText({ discovery, proposal });
    expect(text).toContain("Discovered 5 tables (postgres, public); 4 hold personal data.");
    expect(text).toContain(
      [
        "accounts",
        "  column     guess          confidence  evidence",
        "  id         -              -",
        '  email      contact.email  high        name "email"; content 100% valid e-mail address (10 sampled)',
      ].join("\n"),
    );
    expect(text).toContain("To settle by hand:\n  memberships: composite primary key");
    expect(text.endsWith(proposal.yaml)).toBe(true);
    expect(text).not.toContain("Drift");
  });

  it("lists drift with low-confidence guesses marked, and names the proposal file", () => {
    const drift = [
      {
        kind: "undeclared-column" as const,
        table: "t",
        column: "c",
        confidence: "low" as const,
        message: "t.c looks like x",
      },
      { kind: "missing-table" as const, table: "u", message: "collection u declares table u" },
    ];
    const text = renderText({ discovery, proposal, drift, proposalFile: "proposed.yaml" });
    expect(text).toContain(
      "Drift (2):\n  undeclared-column  t.c looks like x (low confidence)\n  missing-table      collection u",
    );
    expect(text.endsWith("Proposed datasets written to proposed.yaml\n")).toBe(true);
    expect(renderText({ discovery, proposal, drift: [] })).toContain("No drift");
  });

  it("gives machines the same report as JSON", () => {
    const json = JSON.parse(renderJson({ discovery, proposal, proposalFile: "p.yaml" }));
    expect(json.dialect).toBe("postgres");
    expect(json.tables[0].columns[1].matches).toEqual({ email: 1 });
    expect(json.proposal.file).toBe("p.yaml");
    expect(json.proposal.yaml).toBe(proposal.yaml);
    expect(json.drift).toBeUndefined();
  });
});
