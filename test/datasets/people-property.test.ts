import fc from "fast-check";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { BlastRadiusError, findPerson } from "../../src/datasets/blast-radius.js";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasure } from "../../src/datasets/erasure-plan.js";
import { buildGraph } from "../../src/datasets/graph.js";
import { keyOf, type Row } from "../../src/datasets/table.js";
import { loadRegister } from "../../src/register/load.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { memoryReader } from "../helpers/memory.js";

/**
 * Whatever references a register declares, a request for one person never changes a row of another.
 * Generated: people (customers and employees, each with an e-mail address of their own), invoices of
 * customers with their lines, and things nobody owns (organisations, tracks). Every row has an owner:
 * a customer or employee row is its person's, an invoice its customer's, a line its invoice's; an
 * organisation or track nobody's. The register declares random references between all of them, in
 * random directions or not at all: between people (support representative, manager, an invoice's
 * sales representative) and through shared rows (a customer's organisation, a line's track). Only the
 * keys that say whose a row is (invoice.customer_id, invoice_line.invoice_id) are always declared,
 * in some direction: without them no engine could know whose an invoice is. Then one person's
 * erasure runs: it is refused, or it leaves every other person's rows exactly as they were.
 */
const DIRECTIONS = ["from_parent", "to_parent", "both", "none", "absent"] as const;
const OWNING = ["from_parent", "to_parent", "both"] as const;
type Direction = (typeof DIRECTIONS)[number];

interface World {
  employees: { reports_to: number | null }[];
  customers: { support_rep_id: number | null; org_id: number }[];
  invoices: { customer: number; sales_rep_id: number | null }[];
  lines: { invoice: number; track_id: number }[];
  refs: Record<"reports_to" | "support_rep_id" | "org_id" | "sales_rep_id" | "track_id", Direction>;
  owning: Record<"customer_id" | "invoice_id", (typeof OWNING)[number]>;
  /** The person asking: an employee (negative index - 1) or a customer. */
  target: number;
}

const world: fc.Arbitrary<World> = fc
  .record({ e: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 1, max: 6 }) })
  .chain(({ e, c }) => {
    const employee = fc.option(fc.nat(e - 1), { nil: null });
    return fc.record({
      employees: fc.array(fc.record({ reports_to: employee }), { minLength: e, maxLength: e }),
      customers: fc.array(fc.record({ support_rep_id: employee, org_id: fc.integer({ min: 1, max: 2 }) }), {
        minLength: c,
        maxLength: c,
      }),
      invoices: fc.array(fc.record({ customer: fc.nat(c - 1), sales_rep_id: employee }), { maxLength: 8 }),
      lines: fc.array(fc.record({ invoice: fc.nat(7), track_id: fc.integer({ min: 1, max: 2 }) }), { maxLength: 10 }),
      refs: fc.record({
        reports_to: fc.constantFrom(...DIRECTIONS),
        support_rep_id: fc.constantFrom(...DIRECTIONS),
        org_id: fc.constantFrom(...DIRECTIONS),
        sales_rep_id: fc.constantFrom(...DIRECTIONS),
        track_id: fc.constantFrom(...DIRECTIONS),
      }),
      owning: fc.record({ customer_id: fc.constantFrom(...OWNING), invoice_id: fc.constantFrom(...OWNING) }),
      target: fc.integer({ min: -e, max: c - 1 }),
    });
  });

const TABLES = ["pp_line", "pp_invoice", "pp_customer", "pp_employee", "pp_org", "pp_track"] as const;

// any: test tables.
async function createTables(db: Kysely<any>): Promise<void> {
  const table = (name: string) => db.schema.createTable(name).addColumn("id", "integer", (c) => c.primaryKey());
  await table("pp_org").addColumn("name", "varchar(40)").execute();
  await table("pp_track").addColumn("title", "varchar(40)").execute();
  await table("pp_employee")
    .addColumn("email", "varchar(60)")
    .addColumn("name", "varchar(40)")
    .addColumn("reports_to", "integer")
    .execute();
  await table("pp_customer")
    .addColumn("email", "varchar(60)")
    .addColumn("name", "varchar(40)")
    .addColumn("support_rep_id", "integer")
    .addColumn("org_id", "integer")
    .execute();
  await table("pp_invoice")
    .addColumn("customer_id", "integer")
    .addColumn("sales_rep_id", "integer")
    .addColumn("note", "varchar(40)")
    .execute();
  await table("pp_line")
    .addColumn("invoice_id", "integer")
    .addColumn("track_id", "integer")
    .addColumn("description", "varchar(40)")
    .execute();
}

// any: test tables.
async function load(db: Kysely<any>, w: World): Promise<void> {
  for (const t of TABLES) await db.deleteFrom(t).execute();
  await db
    .insertInto("pp_org")
    .values([1, 2].map((id) => ({ id, name: `Org ${id}` })))
    .execute();
  await db
    .insertInto("pp_track")
    .values([1, 2].map((id) => ({ id, title: `Track ${id}` })))
    .execute();
  const id = (index: number | null) => (index === null ? null : index + 1);
  await db
    .insertInto("pp_employee")
    .values(
      w.employees.map((e, i) => ({
        id: i + 1,
        email: `e${i + 1}@x.nl`,
        name: `E${i + 1}`,
        reports_to: id(e.reports_to),
      })),
    )
    .execute();
  await db
    .insertInto("pp_customer")
    .values(
      w.customers.map((c, i) => ({
        id: i + 1,
        email: `c${i + 1}@x.nl`,
        name: `C${i + 1}`,
        support_rep_id: id(c.support_rep_id),
        org_id: c.org_id,
      })),
    )
    .execute();
  if (w.invoices.length)
    await db
      .insertInto("pp_invoice")
      .values(
        w.invoices.map((v, i) => ({
          id: i + 1,
          customer_id: v.customer + 1,
          sales_rep_id: id(v.sales_rep_id),
          note: "n",
        })),
      )
      .execute();
  const lines = w.lines.filter((l) => l.invoice < w.invoices.length);
  if (lines.length)
    await db
      .insertInto("pp_line")
      .values(lines.map((l, i) => ({ id: i + 1, invoice_id: l.invoice + 1, track_id: l.track_id, description: "d" })))
      .execute();
}

function registerYaml(w: World): string {
  const ref = (field: string, to: string, direction: Direction) =>
    direction === "absent" ? "" : `        - { field: ${field}, to: ${to}, direction: ${direction} }\n`;
  const collection = (name: string, fields: string, refs: string) =>
    `    ${name}:\n      connection: app\n      table: ${name}\n      fields:\n${fields}${refs ? `      references:\n${refs}` : ""}`;
  const person = `        email: { category: contact.email, identity: email, masking: "null" }
        name: { category: identity.name, masking: fixed, fixed_value: "-" }
`;
  return `organization: { name: Eigenschap B.V. }
statement: { version: "1", effective_date: "2026-01-01" }
datasets:
  connections:
    app: { url_env: PP_URL }
  collections:
${collection("pp_org", `        name: { category: business.company, masking: fixed, fixed_value: "-" }\n`, "")}
${collection("pp_track", "        title: {}\n", "")}
${collection("pp_employee", person, ref("reports_to", "pp_employee.id", w.refs.reports_to))}
${collection("pp_customer", person, ref("support_rep_id", "pp_employee.id", w.refs.support_rep_id) + ref("org_id", "pp_org.id", w.refs.org_id))}
${collection(
  "pp_invoice",
  `        note: { category: financial.invoice, masking: fixed, fixed_value: "-" }\n`,
  ref("customer_id", "pp_customer.id", w.owning.customer_id) +
    ref("sales_rep_id", "pp_employee.id", w.refs.sales_rep_id),
)}
${collection(
  "pp_line",
  `        description: { category: financial.invoice, masking: fixed, fixed_value: "-" }\n`,
  ref("invoice_id", "pp_invoice.id", w.owning.invoice_id) + ref("track_id", "pp_track.id", w.refs.track_id),
)}
`;
}

// any: test tables.
async function scan(db: Kysely<any>): Promise<Map<string, Map<string, Row>>> {
  const out = new Map<string, Map<string, Row>>();
  for (const t of TABLES) {
    const rows = (await db.selectFrom(t).selectAll().execute()) as Row[];
    out.set(t, new Map(rows.map((r) => [keyOf(r.id), r])));
  }
  return out;
}

/** Whose each row is, from the generated data alone: "e1", "c3", or null for nobody's. */
function owners(all: Map<string, Map<string, Row>>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const invoiceOwner = (id: unknown) => `c${keyOf(all.get("pp_invoice")!.get(keyOf(id))!.customer_id)}`;
  for (const [t, rows] of all) {
    for (const [k, row] of rows) {
      const owner =
        t === "pp_employee"
          ? `e${k}`
          : t === "pp_customer"
            ? `c${k}`
            : t === "pp_invoice"
              ? `c${keyOf(row.customer_id)}`
              : t === "pp_line"
                ? invoiceOwner(row.invoice_id)
                : null;
      out.set(`${t}#${k}`, owner);
    }
  }
  return out;
}

for (const dialect of dialectsUnderTest()) {
  describe(`one person's request and everyone else's rows, on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createTables(connector.db);
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });
    const runs = dialect === "sqlite" ? 150 : 20;

    it.runIf(run)("never changes a row of another person, whatever references the register declares", async () => {
      const outcomes = { refused: 0, erased: 0 };
      await fc.assert(
        fc.asyncProperty(world, async (w) => {
          await load(connector.db, w);
          const yaml = registerYaml(w);
          const loaded = await loadRegister("/g/privacy.yaml", memoryReader({ "/g/privacy.yaml": yaml }), "/g");
          expect(loaded.register, loaded.diagnostics.map((d) => d.message).join("\n")).toBeDefined();
          const graph = buildGraph(loaded.register!);
          const connections = new Map([["app", connector]]);
          const person = w.target < 0 ? `e${-w.target}` : `c${w.target + 1}`;
          const identities = [{ type: "email", value: `${person}@x.nl` }];
          const before = await scan(connector.db);
          const now = new Date("2026-06-01T00:00:00Z");
          let refused = false;
          try {
            const found = await findPerson(graph, connections, identities);
            await executeErasure(graph, connections, planErasure(graph, found, now), found, { now });
            outcomes.erased++;
          } catch (error) {
            if (!(error instanceof BlastRadiusError)) throw error;
            refused = true;
            outcomes.refused++;
          }
          const after = await scan(connector.db);
          const owner = owners(before);
          for (const [t, rows] of before) {
            for (const [k, row] of rows) {
              const whose = owner.get(`${t}#${k}`);
              if (whose === null || whose === person) continue;
              expect(after.get(t)!.get(k), `${t} ${k} of ${whose} after ${person}'s erasure`).toEqual(row);
            }
          }
          // The person's own row: erased, or untouched when the request was refused.
          const table = person.startsWith("e") ? "pp_employee" : "pp_customer";
          const own = after.get(table)!.get(person.slice(1))!;
          expect(own.email).toBe(refused ? `${person}@x.nl` : null);
        }),
        { numRuns: runs, seed: 20261204 },
      );
      // Both outcomes occur: the guard neither lets everything through nor refuses everything.
      expect(outcomes.refused).toBeGreaterThan(0);
      expect(outcomes.erased).toBeGreaterThan(0);
    });
  });
}
