import type { Kysely } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { createDemoSchema, dropDemoSchema } from "../../src/demo/schema.js";
import { seedDemo } from "../../src/demo/seed.js";
import { DEMO_TABLES } from "../../src/demo/tables.js";
import { loadRegister } from "../../src/register/load.js";
import type { Register } from "../../src/register/schema/register.js";
import {
  renderPurgeReport,
  runTenantPurges,
  scheduleTenantDeletion,
  tenantDeletions,
} from "../../src/retention/index.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { retentionHarness, testClock } from "./harness.js";

// any: the demo tables are not typed.
type Db = Kysely<any>;
type Ids = Record<string, number[]>;

const SEVEN_YEARS_MS = 7 * 365.25 * 86_400_000;

async function allIds(db: Db): Promise<Ids> {
  const out: Ids = {};
  for (const { name } of DEMO_TABLES)
    out[name] = (await db.selectFrom(name).select("id").orderBy("id").execute()).map((r) => Number(r.id));
  return out;
}

/**
 * One organisation's rows in every demo table, found by the schema's foreign keys here in the test,
 * apart from the product's walk: what a tenant's purge must remove.
 */
async function rowsOfOrganisation(db: Db, org: number): Promise<Ids> {
  const q = async (table: string, column: string, values: number[]) =>
    values.length === 0
      ? []
      : (await db.selectFrom(table).select("id").where(column, "in", values).execute()).map((r) => Number(r.id));
  const accounts = await q("accounts", "organisation_id", [org]);
  const users = await q("users", "organisation_id", [org]);
  const invoices = await q("invoices", "account_id", accounts);
  const tickets = await q("support_tickets", "user_id", users);
  const messages = [
    ...new Set([...(await q("messages", "ticket_id", tickets)), ...(await q("messages", "author_user_id", users))]),
  ];
  return {
    organisations: [org],
    accounts,
    users,
    contacts: await q("contacts", "organisation_id", [org]),
    invoices,
    invoice_lines: await q("invoice_lines", "invoice_id", invoices),
    payments: await q("payments", "invoice_id", invoices),
    support_tickets: tickets,
    messages,
    login_events: await q("login_events", "user_id", users),
    uploads: await q("uploads", "user_id", users),
    newsletter_subscriptions: await q("newsletter_subscriptions", "user_id", users),
  };
}

/** The dates the demo's tax holds count from, per table. */
const HOLD_SINCE: Record<string, string> = { invoices: "issued_at", invoice_lines: "created_at", payments: "paid_at" };

async function heldAt(db: Db, table: string, ids: number[], now: Date): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom(table).select(["id", HOLD_SINCE[table]!]).where("id", "in", ids).execute();
  return rows
    .filter(
      (r) => new Date(r[HOLD_SINCE[table]!] as string).getTime() + SEVEN_YEARS_MS > now.getTime() + 86_400_000 * 3,
    )
    .map((r) => Number(r.id))
    .sort((a, b) => a - b);
}

const minus = (all: Ids, gone: Ids): Ids =>
  Object.fromEntries(Object.entries(all).map(([t, ids]) => [t, ids.filter((id) => !(gone[t] ?? []).includes(id))]));

for (const dialect of ["sqlite", "postgres"] as const) {
  describe.runIf(await available(dialect))(`a tenant's purge on the seeded demo database (${dialect})`, () => {
    let database: TestDatabase;
    let connector: Connector;
    let register: Register;
    const clock = testClock("2026-06-01T12:00:00Z");
    let harness: Awaited<ReturnType<typeof retentionHarness>>;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      const loaded = await loadRegister("examples/demo/privacy.yaml");
      register = loaded.register!;
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });
    beforeEach(async () => {
      await dropDemoSchema(connector);
      await createDemoSchema(connector);
      await seedDemo(connector, { subjects: 40, seed: 1 });
      harness = await retentionHarness(register, database.url, clock);
      harness.deps.env.DEMO_DATABASE_URL = database.url;
      return () => harness.dispose();
    });

    const purge = async (org: number, requested: string, after: string) => {
      clock.set(requested);
      await scheduleTenantDeletion(harness.deps, { tenant: String(org), requestedBy: "ticket 12" });
      clock.set(after);
      return runTenantPurges(harness.deps, { batchSize: 3 });
    };

    it("removes every row of the tenant in every collection, and no other tenant's, once the tax holds are over", async () => {
      const before = await allIds(connector.db);
      const mine = await rowsOfOrganisation(connector.db, 3);
      expect(Object.values(mine).every((ids) => ids.length > 0)).toBe(true);
      const [report] = await purge(3, "2033-06-01T00:00:00Z", "2033-06-15T00:00:01Z");
      expect(report).toMatchObject({ outcome: "purged", uncovered: [] });
      expect(report!.collections.every((c) => !c.kept && c.held === 0)).toBe(true);
      expect(await allIds(connector.db)).toEqual(minus(before, mine));
      const removed = Object.fromEntries(report!.collections.map((c) => [c.collection, c.removed]));
      expect(removed).toEqual(Object.fromEntries(Object.entries(mine).map(([t, ids]) => [t, ids.length])));
    });

    it("keeps the tenant's invoices under the tax hold restricted, and the account and organisation they need, and removes the rest", async () => {
      const now = new Date("2026-06-15T00:00:01Z");
      // An organisation with an invoice inside the 7-year hold at that date.
      let org = 0;
      let mine: Ids = {};
      for (let o = 1; o <= 10 && org === 0; o++) {
        const rows = await rowsOfOrganisation(connector.db, o);
        if ((await heldAt(connector.db, "invoices", rows.invoices!, now)).length > 0) [org, mine] = [o, rows];
      }
      expect(org).toBeGreaterThan(0);
      const held = Object.fromEntries(
        await Promise.all(Object.keys(HOLD_SINCE).map(async (t) => [t, await heldAt(connector.db, t, mine[t]!, now)])),
      ) as Ids;
      const before = await allIds(connector.db);

      const [report] = await purge(org, "2026-06-01T00:00:00Z", now.toISOString());
      // Not purged while the held invoices keep the account and organisation: the purge runs again.
      expect(report).toMatchObject({ outcome: "kept" });
      expect((await tenantDeletions(harness.deps, String(org)))[0]).toMatchObject({ status: "purging" });
      const after = await allIds(connector.db);
      const stay = (t: string) => (after[t] ?? []).filter((id) => mine[t]!.includes(id));
      // Every held row stays, restricted; a row past its hold stays only when a held row points at it.
      for (const t of Object.keys(HOLD_SINCE)) expect(stay(t)).toEqual(expect.arrayContaining(held[t]!));
      expect(stay("invoice_lines").length + stay("payments").length).toBe(
        held.invoice_lines!.length + held.payments!.length,
      );
      expect(stay("accounts")).toEqual(mine.accounts);
      expect(stay("organisations")).toEqual([org]);
      for (const t of ["users", "contacts", "support_tickets", "messages", "login_events", "uploads"])
        expect(stay(t), t).toEqual([]);
      expect(stay("newsletter_subscriptions")).toEqual([]);
      const restricted = await connector.db
        .selectFrom("waarborg_restrictions")
        .select(["collection", "row_key", "ground"])
        .execute();
      const restrictedIn = (c: string) =>
        restricted
          .filter((r) => r.collection === c)
          .map((r) => Number(r.row_key))
          .sort((a, b) => a - b);
      expect(restrictedIn("invoices")).toEqual(stay("invoices"));
      expect(restrictedIn("payments")).toEqual(held.payments);
      expect(restrictedIn("accounts")).toEqual(mine.accounts);
      // Other tenants' rows are all there.
      const others = minus(before, mine);
      for (const [t, ids] of Object.entries(others)) expect(after[t], t).toEqual(expect.arrayContaining(ids));

      const of = (name: string) => report!.collections.find((c) => c.collection === name)!;
      expect(of("accounts")).toMatchObject({ removed: 0, kept: 1 });
      expect(of("organisations")).toMatchObject({ removed: 0, kept: 1 });
      expect(of("invoices").held).toBe(held.invoices!.length);
      const text = renderPurgeReport([report!], "en");
      expect(text).toContain(
        "  organisations: 0 rows removed; 1 kept (restricted) because rows that stay point at them",
      );
      expect(text).not.toContain("not covered");

      // Once the tax holds are over, the next run removes what they kept, and the deletion is finished.
      clock.set("2033-06-01T00:00:00Z");
      const [finished] = await runTenantPurges(harness.deps, { batchSize: 3 });
      expect(finished).toMatchObject({ outcome: "purged" });
      expect(await allIds(connector.db)).toEqual(minus(before, mine));
      expect((await tenantDeletions(harness.deps, String(org)))[0]).toMatchObject({ status: "purged" });
    });
  });
}
