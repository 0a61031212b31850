import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { HOSTILE_IDENTITIES } from "../../src/demo/hostile.js";
import { createDemoSchema, dropDemoSchema, foreignKeys, indexes } from "../../src/demo/schema.js";
import { seedDemo } from "../../src/demo/seed.js";
import { demoTableSizes } from "../../src/demo/shape.js";
import { DEMO_TABLES } from "../../src/demo/tables.js";
import { isDutchPostcode, isEmailAddress, isPhoneNumber, isValidIban } from "../../src/identifiers/index.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { countsOf, danglingReferences, postcodeOf, rowsOf } from "./population.js";

const SUBJECTS = 400;

/** A fingerprint of every demo table, to compare two seedings without holding both in memory. */
async function fingerprint(connector: Connector): Promise<string> {
  const parts: string[] = [];
  for (const table of DEMO_TABLES) {
    const { rows } = await sql<{ digest: string }>`select md5(string_agg(t::text, '|' order by t.id)) as digest
      from ${sql.table(table.name)} t`.execute(connector.db);
    parts.push(rows[0]!.digest);
  }
  return parts.join(",");
}

describe.runIf(dialectsUnderTest().includes("postgres"))("the server-side demo seeder on PostgreSQL", async () => {
  const run = await available("postgres");
  let database: TestDatabase;
  let connector: Connector;
  const stages: string[] = [];

  beforeAll(async () => {
    if (!run) return;
    database = await createTestDatabase("postgres");
    connector = await openConnector(database.url);
    await createDemoSchema(connector);
    const result = await seedDemo(connector, {
      subjects: SUBJECTS,
      seed: 9,
      method: "server",
      onStage: (stage) => stages.push(stage),
    });
    expect(result.method).toBe("server");
  });
  afterAll(async () => {
    await connector?.close();
    await database?.drop();
  });

  it.runIf(run)("builds tables of the same sizes as the row-by-row seeder", async () => {
    expect(await countsOf(connector)).toEqual(demoTableSizes(SUBJECTS));
  });

  it.runIf(run)("says what it does after the rows are in", () => {
    expect(stages).toEqual(["building indexes and checking foreign keys", "updating the planner's statistics"]);
  });

  it.runIf(run)("restores every foreign key and index it set aside, and no reference dangles", async () => {
    expect(await danglingReferences(connector)).toEqual([]);
    const { rows: constraints } = await sql<{ name: string }>`select conname as name from pg_constraint
      where contype = 'f' and connamespace = 'public'::regnamespace`.execute(connector.db);
    const { rows: indexRows } = await sql<{ name: string }>`select indexname as name from pg_indexes
      where schemaname = 'public'`.execute(connector.db);
    const names = new Set([...constraints, ...indexRows].map((r) => r.name));
    for (const table of DEMO_TABLES) {
      for (const { name } of [...foreignKeys(table), ...indexes(table, true)]) expect(names.has(name), name).toBe(true);
    }
  });

  it.runIf(run)("generates valid IBANs, postcodes and phone numbers, unique e-mail addresses", async () => {
    const accounts = await rowsOf(connector, "accounts");
    for (const { iban } of accounts) expect(isValidIban(iban as string), String(iban)).toBe(true);
    for (const { billing_address } of await rowsOf(connector, "invoices")) {
      const postcode = postcodeOf(billing_address as string);
      expect(postcode && isDutchPostcode(postcode), String(billing_address)).toBe(true);
    }
    const users = await rowsOf(connector, "users");
    const phones = users.flatMap((u) => (u.phone === null ? [] : [u.phone as string]));
    for (const phone of phones) expect(isPhoneNumber(phone), phone).toBe(true);
    expect(new Set(phones).size).toBe(phones.length);
    const hostile = new Set(HOSTILE_IDENTITIES.map((h) => h.email));
    const contacts = (await rowsOf(connector, "contacts")).flatMap((c) => (c.email ? [c.email as string] : []));
    const emails = [...users.map((u) => u.email as string), ...contacts];
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails.filter((e) => !hostile.has(e))) expect(isEmailAddress(email), email).toBe(true);
    for (const { email } of HOSTILE_IDENTITIES) expect(users.filter((u) => u.email === email)).toHaveLength(1);
  });

  it.runIf(run)("keeps copied values consistent: billing e-mail, invoice totals, subscriptions", async () => {
    const { rows } = await sql<{ problems: string }>`select
        (select count(*) from invoices i join accounts a on a.id = i.account_id where i.billing_email <> a.billing_email)
      + (select count(*) from invoices i where i.amount_cents <> (select sum(amount_cents) from invoice_lines l where l.invoice_id = i.id))
      + (select count(*) from newsletter_subscriptions s join users u on u.id = s.user_id where s.email <> u.email)
      + (select count(*) from messages m join support_tickets t on t.id = m.ticket_id where m.author_user_id <> t.user_id)
      as problems`.execute(connector.db);
    expect(Number(rows[0]!.problems)).toBe(0);
  });

  it.runIf(run)("moves the identity sequences past the seeded ids, and seeds the same rows again", async () => {
    const before = await fingerprint(connector);
    const { rows } = await sql<{ id: string }>`insert into organisations (name, kvk, created_at)
      values ('Nieuw B.V.', '12345678', now()) returning id`.execute(connector.db);
    expect(Number(rows[0]!.id)).toBe(demoTableSizes(SUBJECTS).organisations + 1);
    await dropDemoSchema(connector);
    await createDemoSchema(connector);
    await seedDemo(connector, { subjects: SUBJECTS, seed: 9, method: "server" });
    expect(await fingerprint(connector)).toBe(before);
  });
});
