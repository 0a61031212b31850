import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { DEMO_END } from "../../src/demo/generate.js";
import { HOSTILE_IDENTITIES } from "../../src/demo/hostile.js";
import { createDemoSchema, dropDemoSchema, presentDemoTables } from "../../src/demo/schema.js";
import { rowsPerInsert, seedDemo } from "../../src/demo/seed.js";
import { demoTableSizes } from "../../src/demo/shape.js";
import { DEMO_TABLES } from "../../src/demo/tables.js";
import { isDutchPostcode, isEmailAddress, isPhoneNumber, isValidIban } from "../../src/identifiers/index.js";
import { createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { countsOf, danglingReferences, postcodeOf, type Row, rowsOf } from "./population.js";

const SUBJECTS = 200;

async function seeded(subjects: number, seed: number): Promise<{ database: TestDatabase; connector: Connector }> {
  const database = await createTestDatabase("sqlite");
  const connector = await openConnector(database.url);
  await createDemoSchema(connector);
  await seedDemo(connector, { subjects, seed });
  return { database, connector };
}

async function dump(connector: Connector): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const table of DEMO_TABLES) out[table.name] = await rowsOf(connector, table.name);
  return out;
}

describe("the demo seeder on SQLite", () => {
  const opened: { database: TestDatabase; connector: Connector }[] = [];
  let main: Connector;
  let data: Record<string, Row[]>;

  beforeAll(async () => {
    opened.push(await seeded(SUBJECTS, 42));
    main = opened[0]!.connector;
    data = await dump(main);
  });
  /** A fresh SQLite database with the empty demo schema, closed and removed after the suite. */
  async function emptyDatabase(): Promise<Connector> {
    const database = await createTestDatabase("sqlite");
    const connector = await openConnector(database.url);
    opened.push({ database, connector });
    await createDemoSchema(connector);
    return connector;
  }

  afterAll(async () => {
    for (const { database, connector } of opened) {
      await connector.close();
      await database.drop();
    }
  });

  it("gives the same rows for the same seed, and other rows for another seed", async () => {
    opened.push(await seeded(SUBJECTS, 42), await seeded(SUBJECTS, 43));
    expect(await dump(opened[1]!.connector)).toEqual(data);
    const other = await rowsOf(opened[2]!.connector, "users");
    expect(other.map((u) => u.email)).not.toEqual(data.users!.map((u) => u.email));
  });

  it("sizes every table by the ratios of a small SaaS company", async () => {
    const counts = await countsOf(main);
    expect(counts).toEqual(demoTableSizes(SUBJECTS));
    expect(counts.users).toBe(SUBJECTS);
    expect(counts.organisations).toBe(SUBJECTS / 4);
    expect(counts.accounts).toBe(counts.organisations);
    expect(counts.contacts).toBe(2 * counts.organisations);
    expect(counts.invoices).toBe(3 * counts.accounts);
    expect(counts.invoice_lines).toBe(2 * counts.invoices);
    expect(counts.payments).toBe(counts.invoices);
    expect(Math.abs(counts.support_tickets - SUBJECTS)).toBeLessThanOrEqual(2);
    expect(Math.abs(counts.messages - 2 * counts.support_tickets)).toBeLessThanOrEqual(3);
    expect(counts.login_events).toBe(3 * SUBJECTS);
    expect(counts.uploads).toBe(SUBJECTS);
    expect(counts.newsletter_subscriptions).toBe(SUBJECTS / 2 + SUBJECTS / 10);
    const anonymous = data.newsletter_subscriptions!.filter((s) => s.user_id === null);
    expect(anonymous).toHaveLength(SUBJECTS / 10);
  });

  it("keeps every foreign key and every copied value consistent", async () => {
    expect(await danglingReferences(main)).toEqual([]);
    const users = new Map(data.users!.map((u) => [u.id, u]));
    const accounts = new Map(data.accounts!.map((a) => [a.id, a]));
    const tickets = new Map(data.support_tickets!.map((t) => [t.id, t]));
    const invoices = new Map(data.invoices!.map((i) => [i.id, i]));
    for (const invoice of data.invoices!) {
      const account = accounts.get(invoice.account_id)!;
      expect(invoice.billing_email).toBe(account.billing_email);
      const lines = data.invoice_lines!.filter((l) => l.invoice_id === invoice.id);
      expect(lines.reduce((sum, l) => sum + (l.amount_cents as number), 0)).toBe(invoice.amount_cents);
    }
    for (const payment of data.payments!)
      expect(payment.amount_cents).toBe(invoices.get(payment.invoice_id)!.amount_cents);
    for (const subscription of data.newsletter_subscriptions!) {
      if (subscription.user_id !== null) expect(subscription.email).toBe(users.get(subscription.user_id)!.email);
    }
    for (const message of data.messages!) {
      if (message.author_user_id !== null) expect(message.author_user_id).toBe(tickets.get(message.ticket_id)!.user_id);
    }
    for (const contact of data.contacts!) {
      expect(users.get(contact.created_by_user_id)!.organisation_id).toBe(contact.organisation_id);
    }
  });

  it("generates valid IBANs, postcodes, phone numbers and unique e-mail addresses", () => {
    const ibans = [...data.accounts!, ...data.payments!].map((r) => r.iban as string);
    expect(ibans.length).toBeGreaterThan(0);
    for (const iban of ibans) expect(isValidIban(iban), iban).toBe(true);
    for (const invoice of data.invoices!) {
      const postcode = postcodeOf(invoice.billing_address as string);
      expect(postcode && isDutchPostcode(postcode), String(invoice.billing_address)).toBe(true);
    }
    const phones = data.users!.flatMap((u) => (u.phone === null ? [] : [u.phone as string]));
    for (const phone of phones) expect(isPhoneNumber(phone), phone).toBe(true);
    expect(new Set(phones).size).toBe(phones.length);

    const hostile = new Set(HOSTILE_IDENTITIES.map((h) => h.email));
    const emails = [
      ...data.users!.map((u) => u.email as string),
      ...data.contacts!.flatMap((c) => (c.email === null ? [] : [c.email as string])),
      ...data.newsletter_subscriptions!.filter((s) => s.user_id === null).map((s) => s.email as string),
    ];
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails.filter((e) => !hostile.has(e))) expect(isEmailAddress(email), email).toBe(true);
  });

  it("gives each hostile identity to exactly one user", () => {
    for (const { email } of HOSTILE_IDENTITIES) {
      expect(
        data.users!.filter((u) => u.email === email),
        JSON.stringify(email),
      ).toHaveLength(1);
    }
  });

  it("dates invoices both past and within the 7-year tax hold, as ISO timestamps that round-trip", () => {
    const sevenYears = Date.UTC(2018, 11, 31);
    const issued = data.invoices!.map((i) => Date.parse(i.issued_at as string));
    expect(issued.some((t) => t < sevenYears)).toBe(true);
    expect(issued.some((t) => t > sevenYears)).toBe(true);
    expect(Math.max(...issued)).toBeLessThanOrEqual(DEMO_END + 28 * 86_400_000);
    for (const invoice of data.invoices!) {
      expect(new Date(invoice.issued_at as string).toISOString()).toBe(invoice.issued_at);
    }
  });

  it("refuses to seed twice into the same tables, and rejects nonsense options", async () => {
    await expect(seedDemo(main, { subjects: 10 })).rejects.toThrow(/already hold rows/);
    await expect(seedDemo(main, { subjects: 0 })).rejects.toThrow(RangeError);
    await expect(seedDemo(main, { subjects: 10, seed: -1 })).rejects.toThrow(RangeError);
    await expect(seedDemo(main, { subjects: 10, method: "server" })).rejects.toThrow(/PostgreSQL/);
  });

  it("reports progress up to the total number of rows", async () => {
    const connector = await emptyDatabase();
    const seen: [number, number][] = [];
    await seedDemo(connector, { subjects: 30, seed: 1, onProgress: (done, total) => seen.push([done, total]) });
    const total = Object.values(demoTableSizes(30)).reduce((a, b) => a + b, 0);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1]![0])).toBe(true);
  });

  it("creates, recognises and drops the schema; a partial schema is refused", async () => {
    const connector = await emptyDatabase();
    expect(await presentDemoTables(connector)).toHaveLength(DEMO_TABLES.length);
    await createDemoSchema(connector);
    await connector.db.schema.dropTable("newsletter_subscriptions").execute();
    await expect(createDemoSchema(connector)).rejects.toThrow(/only part of the demo schema/);
    await dropDemoSchema(connector);
    expect(await presentDemoTables(connector)).toEqual([]);
  });

  it("keeps batches under each dialect's bound-parameter limit", () => {
    for (const table of DEMO_TABLES) {
      expect(rowsPerInsert("sqlite", table.columns.length) * table.columns.length).toBeLessThanOrEqual(32_766);
    }
    expect(rowsPerInsert("sqlite", 100)).toBe(327);
    expect(rowsPerInsert("postgres", 9)).toBe(1000);
  });
});
