import { describe, expect, it } from "vitest";
import { runRules } from "../../src/check/check.js";
import { datasetReferenceInvalid } from "../../src/check/rules/datasets.js";
import { buildGraph, childrenFirst, connectionOrder, erasureOrder } from "../../src/datasets/graph.js";
import { loadRegister } from "../../src/register/load.js";
import { memoryReader } from "../helpers/memory.js";

/**
 * Three connections: the app (holds the identities), billing and a warehouse. Invoices on billing
 * reference the app's users only by value, so no reference orders them; `after` does.
 */
function register(extra: { users?: string; invoices?: string; exports?: string } = {}) {
  return `
organization: { name: Test B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: APP_URL }
    billing: { url_env: BILLING_URL }
    warehouse: { url_env: WAREHOUSE_URL }
  collections:
    users:
      connection: app
      table: users
      fields:
        email: { category: contact.email, identity: email }
${extra.users ?? ""}
    sessions:
      connection: app
      table: sessions
      fields: { ip: { category: online.ip_address } }
      references: [{ field: user_id, to: users.id }]
    invoices:
      connection: billing
      table: invoices
      fields:
        email: { category: contact.email, identity: email }
${extra.invoices ?? ""}
    exports:
      connection: warehouse
      table: exports
      fields:
        email: { category: contact.email, identity: email }
${extra.exports ?? ""}
`;
}

async function load(yaml: string) {
  const loaded = await loadRegister("/r/privacy.yaml", memoryReader({ "/r/privacy.yaml": yaml }), "/r");
  expect(loaded.diagnostics.filter((d) => d.rule.startsWith("schema"))).toEqual([]);
  return loaded;
}

describe("the erasure order", () => {
  it("puts children first, then honours `after` within a connection", async () => {
    const plain = buildGraph((await load(register())).register!);
    expect(childrenFirst(plain, ["users", "sessions"])).toEqual(["sessions", "users"]);
    const ordered = buildGraph((await load(register({ users: "      after: [invoices]" }))).register!);
    expect(ordered.problems).toEqual([]);
    const names = childrenFirst(ordered, ["exports", "invoices", "sessions", "users"]);
    expect(names.indexOf("invoices")).toBeLessThan(names.indexOf("users"));
    expect(names.indexOf("sessions")).toBeLessThan(names.indexOf("users"));
  });

  it("runs connections holding identities last unless `after` says otherwise", async () => {
    // Every connection here holds identities: plain name order.
    const plain = buildGraph((await load(register())).register!);
    expect(connectionOrder(plain, ["warehouse", "billing", "app"])).toEqual(["app", "billing", "warehouse"]);
    // The app's users only after the warehouse's exports and billing's invoices.
    const yaml = register({ users: "      after: [exports, invoices]" });
    const ordered = buildGraph((await load(yaml)).register!);
    expect(connectionOrder(ordered, ["warehouse", "billing", "app"])).toEqual(["billing", "warehouse", "app"]);
    // A connection not in this erasure does not hold the others back.
    expect(connectionOrder(ordered, ["app", "billing"])).toEqual(["billing", "app"]);
    // What plan shows and erase runs: connection by connection, children first within each.
    expect(erasureOrder(ordered, ["users", "sessions", "invoices", "exports"])).toEqual([
      "invoices",
      "exports",
      "sessions",
      "users",
    ]);
  });

  it("reports an unknown collection, the collection itself and circles, at the `after` entry", async () => {
    const cases = [
      { yaml: register({ users: "      after: [invoice]" }), message: 'unknown collection "invoice"' },
      { yaml: register({ users: "      after: [users]" }), message: "cannot be erased after itself" },
      {
        yaml: register({ users: "      after: [invoices]", invoices: "      after: [users]" }),
        message: "goes round in a circle: invoices after users after invoices",
      },
      {
        // No circle between collections, but one between the connections' transactions.
        yaml: register({ users: "      after: [invoices]", exports: "      after: [users]" }).replace(
          "    exports:\n      connection: warehouse",
          "    exports:\n      connection: billing",
        ),
        message: "across connections goes round in a circle",
      },
    ];
    for (const { yaml, message } of cases) {
      const loaded = await load(yaml);
      const found = runRules(loaded, [datasetReferenceInvalid]);
      expect(found.map((d) => d.message)).toEqual([expect.stringContaining(message)]);
      expect(found[0]?.line).toBeGreaterThan(0);
    }
  });
});
