import { describe, expect, it } from "vitest";
import { runRules } from "../../src/check/check.js";
import {
  datasetCategoryUndeclared,
  datasetHoldWithoutRestriction,
  datasetReferenceCrossesPeople,
  datasetReferenceInvalid,
  datasetUnreachable,
} from "../../src/check/rules/datasets.js";
import type { Rule } from "../../src/check/rule.js";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";
import { FIXTURE_REGISTER } from "./fixture.js";
import { PEOPLE_DATASETS, PEOPLE_HEADER } from "./people-fixture.js";

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

  it("warns, at the reference, on references a request walks from one person to another", async () => {
    expect(await findings(FIXTURE_REGISTER, datasetReferenceCrossesPeople)).toEqual([]);
    const yaml = PEOPLE_HEADER + PEOPLE_DATASETS("MUSIC_URL");
    const found = await findings(yaml, datasetReferenceCrossesPeople);
    const lines = yaml.split("\n");
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(found.map((d) => [d.severity, d.line, d.col])).toEqual([
      ["warning", lineOf("field: reports_to"), lines[lineOf("field: reports_to") - 1]!.indexOf("{") + 1],
      ["warning", lineOf("field: support_rep_id"), lines[lineOf("field: support_rep_id") - 1]!.indexOf("{") + 1],
    ]);
    expect(found[1]?.message).toContain("customer.support_rep_id -> employee.employee_id links two collections");
    expect(found[1]?.file).toBe("privacy.yaml");
    // Walked upwards only, it still goes from a person to another one.
    expect(
      await findings(PEOPLE_HEADER + PEOPLE_DATASETS("MUSIC_URL", "to_parent"), datasetReferenceCrossesPeople),
    ).toHaveLength(2);
    expect(await findings(PEOPLE_HEADER + PEOPLE_DATASETS("MUSIC_URL", "none"), datasetReferenceCrossesPeople)).toEqual(
      [],
    );
  });

  it("warns on a reference walked from a person into rows that point at another person too", async () => {
    const yaml = (PEOPLE_HEADER + PEOPLE_DATASETS("MUSIC_URL", "none")).replace(
      "        - { field: customer_id, to: customer.customer_id }\n",
      "        - { field: customer_id, to: customer.customer_id }\n        - { field: sales_rep_id, to: employee.employee_id }\n",
    );
    const found = await findings(yaml, datasetReferenceCrossesPeople);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining(
        "Rows of invoice point at more than one person (invoice.customer_id, invoice.sales_rep_id)",
      ),
      expect.stringContaining(
        "Rows of invoice point at more than one person (invoice.sales_rep_id, invoice.customer_id)",
      ),
    ]);
  });

  it("stays quiet on a reference declared to stay with one person", async () => {
    const yaml = (PEOPLE_HEADER + PEOPLE_DATASETS("MUSIC_URL", "none")).replace(
      "        - { field: customer_id, to: customer.customer_id }\n",
      "        - { field: customer_id, to: customer.customer_id }\n      fields:\n        billing_email: { category: contact.email, identity: email }\n",
    );
    expect(
      await findings(
        yaml.replace("to: customer.customer_id }", "to: customer.customer_id, same_person: true }"),
        datasetReferenceCrossesPeople,
      ),
    ).toEqual([]);
  });
});
