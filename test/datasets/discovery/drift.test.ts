import { describe, expect, it } from "vitest";
import { classifyDatabase } from "../../../src/datasets/discovery/discover.js";
import { drift, significantDrift } from "../../../src/datasets/discovery/drift.js";
import { loadRegister } from "../../../src/register/load.js";
import type { Register } from "../../../src/register/schema/register.js";
import { memoryReader } from "../../helpers/memory.js";
import { PROFILES, SHAPE } from "./shape.js";

async function register(datasets: string): Promise<Register> {
  const text = `organization:
  name: Voorbeeld B.V.
statement:
  version: "1"
  effective_date: "2026-01-01"
${datasets}`;
  const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": text }), "/r");
  if (!loaded.register) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.register;
}

const DATASETS = `datasets:
  connections:
    app: { url_env: APP_DATABASE_URL }
    other: { url_env: OTHER_DATABASE_URL }
  collections:
    accounts:
      connection: app
      table: accounts
      fields:
        email: { category: contact.email, identity: email }
        iban: { category: financial.iban }
        nickname: { category: identity.name }
      references:
        - { field: referrer_id, to: accounts.id }
    memberships:
      connection: app
      table: memberships
      primary_key: account_id
      fields:
        phone: { category: contact.phone }
    orders:
      connection: app
      table: orders
    elsewhere:
      connection: other
      table: not_here
`;

describe("drift", () => {
  const discovery = classifyDatabase(SHAPE, PROFILES);

  it("reports undeclared personal data, vanished tables and columns, and contradicted categories", async () => {
    const items = drift(discovery, await register(DATASETS), "app");
    expect(items.map((i) => [i.kind, i.table, i.column])).toEqual([
      ["undeclared-column", "accounts", "full_name"],
      ["category-mismatch", "accounts", "iban"],
      ["missing-column", "accounts", "nickname"],
      ["missing-column", "accounts", "referrer_id"],
      ["undeclared-table", "audit-log", undefined],
      ["missing-table", "orders", undefined],
      ["undeclared-table", "shipments", undefined],
    ]);
    const mismatch = items[1];
    expect(mismatch).toMatchObject({
      collection: "accounts",
      declared: "financial.iban",
      found: "contact.phone",
      message: "accounts.iban is declared financial.iban but its content looks like contact.phone",
    });
    expect(items.find((i) => i.table === "audit-log")?.columns).toEqual(["ip", "created_at"]);
  });

  it("counts all drift as significant except low-confidence guesses", async () => {
    const items = drift(discovery, await register(DATASETS), "app");
    expect(items.find((i) => i.column === "full_name")?.confidence).toBe("medium");
    const withLow = [
      ...items,
      { kind: "undeclared-column" as const, table: "t", column: "c", confidence: "low" as const, message: "" },
    ];
    expect(significantDrift(withLow)).toEqual(items);
  });

  it("leaves collections on other connections and in other schemas out", async () => {
    const items = drift(discovery, await register(DATASETS), "app");
    expect(items.some((i) => i.table === "not_here")).toBe(false);
    const inOtherSchema = DATASETS.replace("table: orders", "table: orders\n      schema: archive");
    expect(drift(discovery, await register(inOtherSchema), "app").some((i) => i.table === "orders")).toBe(false);
  });

  it("does not call a declaration wrong on the strength of a name alone", async () => {
    const declared = `datasets:
  connections:
    app: { url_env: APP_DATABASE_URL }
  collections:
    accounts:
      connection: app
      table: accounts
      fields:
        email: { category: contact.email }
        full_name: { category: customer_content.records }
        iban: { category: contact.phone }
`;
    const items = drift(discovery, await register(declared), "app");
    expect(items.filter((i) => i.table === "accounts")).toEqual([]);
  });

  it("finds nothing to report when the register matches the database", async () => {
    const empty = classifyDatabase({ dialect: "sqlite", tables: [] }, new Map());
    expect(drift(empty, await register("datasets:\n  connections:\n    app: { url_env: X }\n"), "app")).toEqual([]);
  });
});
