import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/datasets/graph.js";
import { validateCorrections } from "../../src/datasets/rectify.js";
import type { WalkResult } from "../../src/datasets/walk.js";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";

const REGISTER = `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: FIXTURE_DATABASE_URL }
  collections:
    customers:
      connection: app
      table: customers
      fields:
        email: { category: contact.email, identity: email }
        postcode: { category: contact.postcode }
        iban: { category: financial.iban }
`;

async function graph() {
  const loaded = await loadRegister("/f/privacy.yaml", memoryReader({ "/f/privacy.yaml": REGISTER }), "/f");
  if (!loaded.register) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return buildGraph(loaded.register);
}

/** One found customer row: what validateCorrections needs to aim a correction at the collection. */
const found = {
  rows: new Map([["customers", new Map([["1", { id: 1 }]])]]),
  reached: new Map(),
  steps: [],
} as unknown as WalkResult;

describe("rectification values in the form they are stored in", () => {
  it("writes a postcode typed in lower case or with a dash as four digits, a space and two capitals", async () => {
    const targets = validateCorrections(await graph(), found, [{ field: "postcode", value: "3511-ed" }]);
    expect(targets).toEqual([{ collection: "customers", field: "postcode", value: "3511 ED" }]);
  });

  it("writes an IBAN typed in groups, with dashes or in lower case without them", async () => {
    const targets = validateCorrections(await graph(), found, [{ field: "iban", value: "nl91-abna 0417.1643.00" }]);
    expect(targets).toEqual([{ collection: "customers", field: "iban", value: "NL91ABNA0417164300" }]);
  });

  it("still refuses a value that is no postcode or IBAN in any writing, without repeating it", async () => {
    const g = await graph();
    for (const [field, value, expected] of [
      ["postcode", "3511 sa", "not a Dutch postcode"],
      ["iban", "NL92ABNA0417164300", "not a valid IBAN"],
    ] as const) {
      const refusal = (() => {
        try {
          validateCorrections(g, found, [{ field, value }]);
          return "";
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(refusal).toContain(expected);
      expect(refusal).not.toContain(value);
    }
  });
});
