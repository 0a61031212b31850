import type { Kysely } from "kysely";
import { ibanCheckDigits, passesElevenTest } from "../../../src/identifiers/index.js";

/** Nine-digit numbers that pass the eleven-test, from `start` upwards: BSNs and BTW-id cores. */
function elevenProof(count: number, start: number): string[] {
  const found: string[] = [];
  for (let n = start; found.length < count; n++) {
    const digits = String(n).padStart(9, "0");
    if (passesElevenTest(digits)) found.push(digits);
  }
  return found;
}

const ROWS = 12;
const range = Array.from({ length: ROWS }, (_, i) => i);

/** The values seeded into the fixture; the tests check that none of them ever reaches output. */
export const SEEDED = {
  ibans: range.map((i) => {
    const body = `ABNA${String(417_164_300 + i * 7).padStart(10, "0")}`;
    return `NL${ibanCheckDigits("NL", body)}${body}`;
  }),
  junk: range.map((i) => `onbekend-${i * 13}-xq`),
  phones: range.map((i) => `06${String(23_456_700 + i * 11)}`),
  names: range.map((i) => `Voornaam${String.fromCharCode(65 + i)}ski`),
  birthDates: range.map((i) => `19${60 + i}-0${1 + (i % 9)}-1${i % 9}`),
  ips: range.map((i) => (i % 2 === 0 ? `198.51.100.${10 + i}` : `2001:db8::${(i + 10).toString(16)}ab`)),
  userAgents: range.map((i) => `Mozilla/5.0 (Fixture ${i}) Gecko/2010${i}`),
  contactEmails: range.map((i) => `contactpersoon${i}@bedrijf-voorbeeld.nl`),
  vatIds: elevenProof(6, 800_000_000).map((core) => `NL${core}B01`),
  companies: [
    "Bakkerij Deegwaar B.V.",
    "Fietsenmakerij Spaak",
    "Tuincentrum Groenhart",
    "Loodgietersbedrijf Lekvrij",
    "Drukkerij Inktvis",
    "Kapsalon Knipoog",
  ],
  products: ["Abonnement Basis", "Abonnement Plus"],
};

/**
 * A small schema with foreign keys and misleading names: `users.notes` holds IBANs, `users.email`
 * holds junk, `contacts.telefoon` holds e-mail addresses. DDL through Kysely's schema builder, so
 * the same fixture runs on PostgreSQL, MariaDB and SQLite.
 */
// any: a fixture schema without generated types.
export async function createFixture(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("name", "varchar(100)", (c) => c.notNull())
    .addColumn("vat_number", "varchar(20)")
    .execute();
  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("organisation_id", "integer", (c) => c.notNull())
    .addColumn("email", "varchar(100)")
    .addColumn("first_name", "varchar(100)", (c) => c.notNull())
    .addColumn("phone", "varchar(30)")
    .addColumn("date_of_birth", "date")
    .addColumn("notes", "varchar(200)")
    .addColumn("is_admin", "boolean")
    .addForeignKeyConstraint("fk_users_organisation", ["organisation_id"], "organisations", ["id"])
    .execute();
  await db.schema
    .createTable("contacts")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("organisation_id", "integer")
    .addColumn("telefoon", "varchar(100)")
    .addForeignKeyConstraint("fk_contacts_organisation", ["organisation_id"], "organisations", ["id"])
    .execute();
  await db.schema
    .createTable("login_events")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull())
    .addColumn("ip_address", "varchar(45)")
    .addColumn("user_agent", "varchar(200)")
    .addForeignKeyConstraint("fk_login_events_user", ["user_id"], "users", ["id"])
    .execute();
  await db.schema
    .createTable("products")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("title", "varchar(100)")
    .addColumn("price_cents", "integer")
    .execute();

  await db
    .insertInto("organisations")
    .values(SEEDED.companies.map((name, i) => ({ id: i + 1, name, vat_number: SEEDED.vatIds[i] })))
    .execute();
  await db
    .insertInto("users")
    .values(
      range.map((i) => ({
        id: i + 1,
        organisation_id: (i % 3) + 1,
        email: SEEDED.junk[i],
        first_name: SEEDED.names[i],
        phone: SEEDED.phones[i],
        date_of_birth: SEEDED.birthDates[i],
        notes: SEEDED.ibans[i],
        is_admin: i === 0 ? 1 : 0,
      })),
    )
    .execute();
  await db
    .insertInto("contacts")
    .values(range.map((i) => ({ id: i + 1, organisation_id: (i % 3) + 1, telefoon: SEEDED.contactEmails[i] })))
    .execute();
  await db
    .insertInto("login_events")
    .values(
      range.map((i) => ({ id: i + 1, user_id: i + 1, ip_address: SEEDED.ips[i], user_agent: SEEDED.userAgents[i] })),
    )
    .execute();
  await db
    .insertInto("products")
    .values(SEEDED.products.map((title, i) => ({ id: i + 1, title, price_cents: 1000 * (i + 1) })))
    .execute();
}

/** Every seeded value, to search the output for. */
export function seededValues(): string[] {
  return Object.values(SEEDED).flat();
}
