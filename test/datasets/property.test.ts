import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { buildGraph, type DatasetGraph, personalFields } from "../../src/datasets/graph.js";
import { executeErasure } from "../../src/datasets/erase.js";
import { planErasure } from "../../src/datasets/erasure-plan.js";
import { holdFor } from "../../src/datasets/holds.js";
import { matchForm, matchModeOf } from "../../src/datasets/identity-match.js";
import { DEFAULT_FIXED, HASH_PREFIX } from "../../src/datasets/masking.js";
import { keyOf, type Row } from "../../src/datasets/table.js";
import { walkRows } from "../../src/datasets/walk.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { createFixtureSchema, FIXTURE_TABLES, fixtureRegister } from "./fixture.js";

/**
 * The engine against an oracle: for random databases and a random identity, the walk finds exactly
 * what a brute-force scan of every table finds, and after erasure no unmasked personal data of the
 * person is left outside held rows while every other row is byte-for-byte unchanged.
 */
const now = new Date("2026-11-22T12:00:00Z");
const env = { WAARBORG_MASKING_KEY: "property-key-0123456789" };
// Near-identical e-mails: the exact-match promise is tested where collations are loosest.
const EMAILS = [
  "a@x.nl",
  "A@x.nl",
  "a@x.nl ",
  "b'o@x.nl",
  "zoë@x.nl",
  "zoe\u0308@x.nl",
  "c@x.nl' OR '1'='1",
  "%@x.nl",
  "_@x.nl",
];

interface Population {
  users: { email: string; name: string; phone: string | null }[];
  tickets: { user: number; subject: string }[];
  messages: { ticket: number; body: string }[];
  logins: { user: number; ip: string }[];
  invoices: { user: number; issued_at: string }[];
  newsletter: { email: string; name: string }[];
}

const population: fc.Arbitrary<Population> = fc
  .uniqueArray(fc.constantFrom(...EMAILS), { minLength: 1, maxLength: EMAILS.length })
  .chain((emails) =>
    fc.record({
      users: fc.constant(
        emails.map((email, i) => ({ email, name: `Person ${i}`, phone: i % 2 ? `+3161234567${i}` : null })),
      ),
      tickets: fc.array(fc.record({ user: fc.nat(emails.length - 1), subject: fc.string({ maxLength: 12 }) }), {
        maxLength: 8,
      }),
      messages: fc.array(fc.record({ ticket: fc.nat(7), body: fc.string({ maxLength: 12 }) }), { maxLength: 10 }),
      logins: fc.array(fc.record({ user: fc.nat(emails.length - 1), ip: fc.ipV4() }), { maxLength: 8 }),
      invoices: fc.array(
        fc.record({
          user: fc.nat(emails.length - 1),
          issued_at: fc.constantFrom("2012-03-01", "2019-11-22", "2020-01-01", "2026-01-15"),
        }),
        { maxLength: 6 },
      ),
      newsletter: fc.array(fc.record({ email: fc.constantFrom(...EMAILS), name: fc.string({ maxLength: 8 }) }), {
        maxLength: 6,
      }),
    }),
  );

async function load(db: Connector["db"], p: Population): Promise<void> {
  for (const table of ["waarborg_restrictions", ...FIXTURE_TABLES])
    await db
      .deleteFrom(table)
      .execute()
      .catch(() => undefined);
  await db.insertInto("orgs").values({ id: 1, name: "Org" }).execute();
  const rows = <T>(list: T[], f: (x: T, i: number) => Row) => list.map((x, i) => f(x, i));
  await db
    .insertInto("users")
    .values(rows(p.users, (u, i) => ({ id: i + 1, org_id: 1, ...u })))
    .execute();
  const tickets = rows(p.tickets, (t, i) => ({ id: i + 1, user_id: t.user + 1, subject: t.subject, body: "b" }));
  if (tickets.length) await db.insertInto("tickets").values(tickets).execute();
  const messages = p.messages
    .filter((m) => m.ticket < tickets.length)
    .map((m, i) => ({ id: i + 1, ticket_id: m.ticket + 1, body: m.body }));
  if (messages.length) await db.insertInto("messages").values(messages).execute();
  if (p.logins.length)
    await db
      .insertInto("logins")
      .values(rows(p.logins, (l, i) => ({ id: i + 1, user_id: l.user + 1, ip: l.ip })))
      .execute();
  if (p.invoices.length) {
    await db
      .insertInto("invoices")
      .values(
        rows(p.invoices, (v, i) => ({ id: i + 1, user_id: v.user + 1, billing_name: "N", issued_at: v.issued_at })),
      )
      .execute();
  }
  if (p.newsletter.length)
    await db
      .insertInto("newsletter")
      .values(rows(p.newsletter, (n, i) => ({ id: i + 1, ...n })))
      .execute();
}

async function scan(db: Connector["db"]): Promise<Map<string, Map<string, Row>>> {
  const out = new Map<string, Map<string, Row>>();
  for (const table of FIXTURE_TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Row[];
    out.set(table, new Map(rows.map((r) => [keyOf(r.id), r])));
  }
  return out;
}

/** The oracle: a fixed point over full table scans, in plain JavaScript. */
function bruteForce(graph: DatasetGraph, all: Map<string, Map<string, Row>>, email: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>([...graph.collections.keys()].map((c) => [c, new Set<string>()]));
  for (const [name, c] of graph.collections) {
    for (const [field, def] of Object.entries(c.fields)) {
      if (def.identity !== "email") continue;
      // The field's own comparison: e-mail trimmed, NFC and ignoring case unless it says match: exact.
      const mode = matchModeOf(def);
      for (const [k, row] of all.get(c.table)!) {
        if (typeof row[field] === "string" && matchForm(mode, row[field]) === matchForm(mode, email))
          found.get(name)!.add(k);
      }
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const e of graph.edges) {
      if (!e.down) continue;
      const parents = new Set([...found.get(e.parent)!].map((k) => keyOf(all.get(e.parent)!.get(k)![e.parentField])));
      for (const [k, row] of all.get(e.child)!) {
        if (row[e.childField] !== null && parents.has(keyOf(row[e.childField])) && !found.get(e.child)!.has(k)) {
          found.get(e.child)!.add(k);
          changed = true;
        }
      }
    }
  }
  return found;
}

const isMasked = (v: unknown) =>
  v === null || v === DEFAULT_FIXED || v === "[removed]" || String(v).startsWith(HASH_PREFIX);

for (const dialect of dialectsUnderTest()) {
  describe(`engine properties on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;
    let graph: DatasetGraph;
    beforeAll(async () => {
      if (!run) return;
      graph = buildGraph(await fixtureRegister());
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createFixtureSchema(connector.db);
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });
    const runs = dialect === "sqlite" ? 60 : 15;

    it.runIf(run)("access finds exactly what a brute-force scan finds", async () => {
      await fc.assert(
        fc.asyncProperty(population, fc.constantFrom(...EMAILS), async (p, email) => {
          await load(connector.db, p);
          const expected = bruteForce(graph, await scan(connector.db), email);
          const found = await walkRows(graph, new Map([["app", connector]]), [{ type: "email", value: email }]);
          for (const name of graph.collections.keys()) {
            expect([...(found.rows.get(name)?.keys() ?? [])].sort(), name).toEqual([...expected.get(name)!].sort());
          }
        }),
        { numRuns: runs },
      );
    });

    it.runIf(run)(
      "erasure leaves no unmasked data of the person outside held rows and touches nobody else",
      async () => {
        await fc.assert(
          fc.asyncProperty(population, fc.constantFrom(...EMAILS), async (p, email) => {
            await load(connector.db, p);
            const before = await scan(connector.db);
            const person = bruteForce(graph, before, email);
            const connections = new Map([["app", connector]]);
            const found = await walkRows(graph, connections, [{ type: "email", value: email }]);
            await executeErasure(graph, connections, planErasure(graph, found, now), found, { now, env });
            const after = await scan(connector.db);
            for (const [name, c] of graph.collections) {
              const fields = personalFields(c).filter((f) => !c.references.some((r) => r.field === f));
              for (const [k, row] of before.get(c.table)!) {
                const now_ = after.get(c.table)!.get(k);
                if (!person.get(name)!.has(k)) {
                  expect(now_, `${name} ${k} of someone else changed`).toEqual(row);
                } else if (holdFor(c, row, now)) {
                  expect(now_, `${name} ${k} is held and must be kept`).toEqual(row);
                } else if (now_) {
                  for (const f of fields) expect(isMasked(now_[f]), `${name}.${f} of row ${k}`).toBe(true);
                }
              }
            }
          }),
          { numRuns: runs },
        );
      },
    );
  });
}
