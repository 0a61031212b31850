import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../../src/connectors/connector.js";
import { openConnector } from "../../../src/connectors/open.js";
import { createDemoSchema } from "../../../src/demo/schema.js";
import { seedDemo } from "../../../src/demo/seed.js";
import { type Discovery, discover } from "../../../src/datasets/discovery/discover.js";
import { drift } from "../../../src/datasets/discovery/drift.js";
import { propose } from "../../../src/datasets/discovery/propose.js";
import { loadRegister } from "../../../src/register/load.js";
import type { Register } from "../../../src/register/schema/register.js";

describe("discover on the seeded demo database (SQLite)", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-demo-discover-"));
  let connector: Connector;
  let discovery: Discovery;
  let register: Register;

  beforeAll(async () => {
    connector = await openConnector(`sqlite:${join(dir, "demo.db")}`);
    await createDemoSchema(connector);
    await seedDemo(connector, { subjects: 100, seed: 7 });
    discovery = await discover(connector);
    const loaded = await loadRegister(new URL("../../../examples/demo/privacy.yaml", import.meta.url).pathname);
    if (!loaded.register) throw new Error("the demo register does not load");
    register = loaded.register;
  });
  afterAll(async () => {
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds every table the demo datasets declare personal data in, and proposes it", () => {
    const declared = Object.values(register.datasets?.collections ?? {})
      .filter((c) => Object.values(c.fields).some((f) => f.category !== undefined))
      .map((c) => c.table)
      .sort();
    expect(declared.length).toBeGreaterThanOrEqual(10);
    const found = discovery.tables.filter((t) => t.personal).map((t) => t.name);
    expect(found).toEqual(expect.arrayContaining(declared));
    const proposed = Object.values(
      propose(discovery, { name: "app", url_env: "DEMO_DATABASE_URL" }).datasets.collections,
    );
    expect(proposed.map((c) => c.table)).toEqual(expect.arrayContaining(declared));
  });

  it("agrees with the demo register's identities and categories where content decides", () => {
    const guess = (table: string, column: string) =>
      discovery.tables.find((t) => t.name === table)?.columns.find((c) => c.name === column)?.guess;
    for (const [, collection] of Object.entries(register.datasets?.collections ?? {})) {
      for (const [column, field] of Object.entries(collection.fields)) {
        const g = guess(collection.table, column);
        if (field.identity) expect(g?.identity, `${collection.table}.${column}`).toBe(field.identity);
        if (g?.byContent && field.category) expect(g.category, `${collection.table}.${column}`).toBe(field.category);
      }
    }
  });

  it("reports no drift beyond low-confidence guesses", () => {
    const items = drift(discovery, register, "app");
    expect(items.filter((i) => i.confidence !== "low")).toEqual([]);
  });
});
