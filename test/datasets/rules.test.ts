import { describe, expect, it } from "vitest";
import { runRules } from "../../src/check/check.js";
import {
  datasetCategoryUndeclared,
  datasetHoldWithoutRestriction,
  datasetReferenceInvalid,
  datasetUnreachable,
} from "../../src/check/rules/datasets.js";
import type { Rule } from "../../src/check/rule.js";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";
import { FIXTURE_REGISTER } from "./fixture.js";

async function findings(yaml: string, rule: Rule) {
  const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": yaml }), "/r");
  expect(loaded.diagnostics.filter((d) => d.rule.startsWith("schema"))).toEqual([]);
  return runRules(loaded, [rule]);
}

describe("dataset rules", () => {
  it("the fixture datasets are reachable, well referenced and restricted where held", async () => {
    for (const rule of [datasetUnreachable, datasetReferenceInvalid, datasetHoldWithoutRestriction]) {
      expect(await findings(FIXTURE_REGISTER, rule)).toEqual([]);
    }
  });

  it("flags a personal-data collection no identity reaches, at its key", async () => {
    const yaml = FIXTURE_REGISTER.replace("      references:\n        - { field: ticket_id, to: tickets.id }\n", "");
    const found = await findings(yaml, datasetUnreachable);
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('Collection "messages" holds personal data')]);
    expect(found[0]?.line).toBe(yaml.split("\n").findIndex((l) => l.trim() === "messages:") + 1);
  });

  it("flags a reference to an unknown collection and warns on an undeclared target field", async () => {
    const unknown = await findings(
      FIXTURE_REGISTER.replace("to: tickets.id", "to: tikets.id"),
      datasetReferenceInvalid,
    );
    expect(unknown[0]).toMatchObject({ severity: "error", rule: "dataset-reference-invalid" });
    const field = await findings(
      FIXTURE_REGISTER.replace("to: tickets.id", "to: tickets.uuid"),
      datasetReferenceInvalid,
    );
    expect(field[0]).toMatchObject({ severity: "warning" });
  });

  it("flags held rows without a restriction marker", async () => {
    const yaml = FIXTURE_REGISTER.replace("      restriction: { side_table: waarborg_restrictions }\n", "");
    expect((await findings(yaml, datasetHoldWithoutRestriction)).map((d) => d.rule)).toEqual([
      "dataset-hold-without-restriction",
    ]);
  });

  it("flags data the systems hold that no activity tells people about", async () => {
    const withActivity = `${FIXTURE_REGISTER}
subjects: { users: { name: users } }
activities:
  service:
    name: Service
    purpose: Providing the service
    legal_basis: contract
    subjects: [users]
    data_categories: [contact.email, identity.name, contact.phone, communication.support, communication.message, online.ip_address]
`;
    const found = await findings(withActivity, datasetCategoryUndeclared);
    expect(found).toEqual([]);
    const missing = await findings(withActivity.replace(", online.ip_address]", "]"), datasetCategoryUndeclared);
    expect(missing.map((d) => d.message)).toEqual([expect.stringContaining("logins.ip holds online.ip_address")]);
  });
});
