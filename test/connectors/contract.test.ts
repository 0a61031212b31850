import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { readTimestamp, timestampValue } from "../../src/connectors/timestamps.js";
import { HOSTILE_IDENTITIES, hostileUserIds } from "../../src/demo/hostile.js";
import { createDemoSchema } from "../../src/demo/schema.js";
import { seedDemo } from "../../src/demo/seed.js";
import { available, createTestDatabase, dialectsUnderTest, type TestDatabase } from "../helpers/databases.js";
import { identityProbes } from "./identity-probes.contract.js";

/**
 * The connector contract: every dialect Waarborg supports finds exactly the rows whose identity is
 * the very value asked for, through queries built the way the request engine builds them
 * (`selectFrom(table).where(column, "in", values)`), and undoes a failed transaction completely.
 * It runs once per database in WAARBORG_TEST_DBS, each against a fresh demo database.
 */
const SUBJECTS = 200;
/** A column for a moment, per database: what the demo's timestamp columns are. */
const DATE_TIME = { postgres: "timestamptz", mysql: "datetime(3)", sqlite: "text" } as const;
const hostileIds = hostileUserIds(SUBJECTS);
const idOf = (email: string) => hostileIds[HOSTILE_IDENTITIES.findIndex((h) => h.email === email)]!;

/** Rows whose `column` is one of `values`, as sorted ids: the engine's lookup. */
async function lookup(
  connector: Connector,
  table: string,
  column: string,
  values: readonly unknown[],
): Promise<number[]> {
  const rows = await connector.db.selectFrom(table).select("id").where(column, "in", values).execute();
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** The same answer by brute force: every row read, compared with === in JavaScript. */
async function scan(
  connector: Connector,
  table: string,
  column: string,
  values: readonly unknown[],
): Promise<number[]> {
  const wanted = new Set(values);
  const rows = await connector.db.selectFrom(table).select(["id", column]).execute();
  return rows
    .filter((r) => wanted.has(r[column]))
    .map((r) => Number(r.id))
    .sort((a, b) => a - b);
}

/** A user with the given e-mail address, outside the seeded id range. */
async function insertUser(connector: Connector, id: number, email: string): Promise<void> {
  await connector.db
    .insertInto("users")
    .values({
      id,
      organisation_id: 1,
      email,
      name: "Rand Geval",
      locale: "nl-NL",
      created_at: timestampValue(connector.dialect, Date.UTC(2025, 0, 1)),
    })
    .execute();
}

async function countUsers(connector: Connector): Promise<number> {
  const row = await connector.db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of dialectsUnderTest()) {
  describe(`connector contract on ${dialect}`, async () => {
    const run = await available(dialect);
    let database: TestDatabase;
    let connector: Connector;

    beforeAll(async () => {
      if (!run) return;
      database = await createTestDatabase(dialect);
      connector = await openConnector(database.url);
      await createDemoSchema(connector);
      await seedDemo(connector, { subjects: SUBJECTS, seed: 5, method: "rows" });
    });
    afterAll(async () => {
      await connector?.close();
      await database?.drop();
    });

    it.runIf(run)("finds each hostile identity's own user and no other", async () => {
      for (const { email } of HOSTILE_IDENTITIES) {
        expect(await lookup(connector, "users", "email", [email]), JSON.stringify(email)).toEqual([idOf(email)]);
      }
      const all = HOSTILE_IDENTITIES.map((h) => h.email);
      expect(await lookup(connector, "users", "email", all)).toEqual([...hostileIds].sort((a, b) => a - b));
    });

    it.runIf(run)(
      "matches quotes, SQL text, wildcards, backslashes, case, Unicode forms and spaces literally",
      async () => {
        const before = await countUsers(connector);
        const cases: [string, string | undefined][] = [
          ["o'brien@hostile.example", "o'brien@hostile.example"],
          ["o''brien@hostile.example", undefined],
          ["x@y.nl' OR '1'='1", "x@y.nl' OR '1'='1"],
          ["' OR '1'='1", undefined],
          ["robert'); DROP TABLE users;--@hostile.example", "robert'); DROP TABLE users;--@hostile.example"],
          ["a_b@wildcard.example", "a_b@wildcard.example"],
          ["a%b@wildcard.example", undefined],
          ["%", undefined],
          ["back\\slash@hostile.example", "back\\slash@hostile.example"],
          ["back\\\\slash@hostile.example", undefined],
          ["zoë@hostile.example".normalize("NFC"), "zoë@hostile.example".normalize("NFC")],
          ["zoë@hostile.example".normalize("NFD"), "zoë@hostile.example".normalize("NFD")],
          ["zoe@hostile.example", undefined],
          ["trailing@hostile.example", "trailing@hostile.example"],
          ["trailing@hostile.example ", "trailing@hostile.example "],
          ["trailing@hostile.example  ", undefined],
          ["Piet@Hostile.example", "Piet@Hostile.example"],
          ["piet@hostile.example", "piet@hostile.example"],
          ["PIET@HOSTILE.EXAMPLE", undefined],
        ];
        for (const [value, owner] of cases) {
          expect(await lookup(connector, "users", "email", [value]), JSON.stringify(value)).toEqual(
            owner ? [idOf(owner)] : [],
          );
        }
        expect(await countUsers(connector)).toBe(before);
      },
    );

    it.runIf(run)(
      "finds exactly what a brute-force scan finds, for every probe, in every identity column",
      async () => {
        const probes = identityProbes();
        for (const [table, column] of [
          ["users", "email"],
          ["accounts", "billing_email"],
          ["invoices", "billing_email"],
          ["newsletter_subscriptions", "email"],
          ["contacts", "email"],
        ] as const) {
          for (const probe of probes) {
            expect(
              await lookup(connector, table, column, [probe]),
              `${table}.${column} ${JSON.stringify(probe)}`,
            ).toEqual(await scan(connector, table, column, [probe]));
          }
          expect(await lookup(connector, table, column, probes)).toEqual(await scan(connector, table, column, probes));
        }
      },
    );

    it.runIf(run)(
      "handles NUL bytes as the dialect defines: exact on MariaDB and SQLite, refused by PostgreSQL",
      async () => {
        const value = "nul\u0000byte@hostile.example";
        if (dialect === "postgres") {
          // PostgreSQL text cannot hold NUL, so no row can match; the server refuses the value outright,
          // with an error that names the encoding problem and not the value.
          const lookupError = await lookup(connector, "users", "email", [value]).catch((e: unknown) => e);
          expect(lookupError).toMatchObject({ code: "22021" });
          expect(String((lookupError as Error).message)).not.toContain("byte@hostile");
          await expect(insertUser(connector, 90_001, value)).rejects.toMatchObject({ code: "22021" });
          return;
        }
        await insertUser(connector, 90_001, value);
        expect(await lookup(connector, "users", "email", [value])).toEqual([90_001]);
        expect(await lookup(connector, "users", "email", ["nul"])).toEqual([]);
        expect(await lookup(connector, "users", "email", ["nulbyte@hostile.example"])).toEqual([]);
        expect(await lookup(connector, "users", "email", [`${value}\u0000`])).toEqual([]);
      },
    );

    it.runIf(run)("matches very long values exactly and never truncates them silently", async () => {
      const longest = `${"ë".repeat(242)}@long.example`;
      expect(longest).toHaveLength(255);
      await insertUser(connector, 90_002, longest);
      expect(await lookup(connector, "users", "email", [longest])).toEqual([90_002]);
      expect(await lookup(connector, "users", "email", [`${longest}x`])).toEqual([]);
      expect(await lookup(connector, "users", "email", [longest.slice(0, 254)])).toEqual([]);
      expect(await lookup(connector, "users", "email", ["a".repeat(100_000)])).toEqual([]);
      const tooLong = `${longest}x`;
      if (dialect === "mysql") {
        // identity columns are varchar(255); strict mode refuses a longer value instead of cutting it.
        await expect(insertUser(connector, 90_003, tooLong)).rejects.toMatchObject({ code: "ER_DATA_TOO_LONG" });
      } else {
        await insertUser(connector, 90_003, tooLong);
        expect(await lookup(connector, "users", "email", [tooLong])).toEqual([90_003]);
        expect(await lookup(connector, "users", "email", [longest])).toEqual([90_002]);
      }
    });

    it.runIf(run)("takes IN lists of 1, 1,000 and 10,000 values in one query", async () => {
      const users = await connector.db
        .selectFrom("users")
        .select(["id", "email"])
        .where("id", "<=", SUBJECTS)
        .execute();
      const emails = users.map((u) => u.email as string);
      const ids = users.map((u) => Number(u.id)).sort((a, b) => a - b);
      expect(await lookup(connector, "users", "email", [emails[0]])).toHaveLength(1);
      for (const size of [1_000, 10_000]) {
        const fillers = Array.from({ length: size - emails.length }, (_, i) => `niemand-${i}@nergens.example`);
        const values = [...fillers, ...emails];
        expect(values).toHaveLength(size);
        expect(await lookup(connector, "users", "email", values)).toEqual(ids);
      }
      const userIds = Array.from({ length: 10_000 }, (_, i) => i + 1);
      const logins = await lookup(connector, "login_events", "user_id", userIds);
      expect(logins).toHaveLength(3 * SUBJECTS);
    });

    it.runIf(run)("leaves every row as it was when a transaction throws", async () => {
      const snapshot = async () => ({
        users: await connector.db.selectFrom("users").selectAll().orderBy("id").execute(),
        logins: await connector.db.selectFrom("login_events").selectAll().orderBy("id").execute(),
        newsletter: await connector.db.selectFrom("newsletter_subscriptions").selectAll().orderBy("id").execute(),
      });
      const before = await snapshot();
      const failed = connector.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ name: "[verwijderd]", phone: null })
          .where("id", "in", [1, 2, 3])
          .execute();
        await trx.deleteFrom("login_events").where("user_id", "in", [1, 2, 3]).execute();
        await trx.deleteFrom("newsletter_subscriptions").where("email", "in", ["o'brien@hostile.example"]).execute();
        throw new Error("interrupted halfway");
      });
      await expect(failed).rejects.toThrow("interrupted halfway");
      expect(await snapshot()).toEqual(before);
    });

    it.runIf(run)("returns timestamps written in the dialect's form as the same moment", async () => {
      const moment = Date.UTC(2019, 2, 31, 23, 59, 58, 123);
      await connector.db
        .updateTable("users")
        .set({ restricted_at: timestampValue(connector.dialect, moment) })
        .where("id", "=", 1)
        .execute();
      const row = await connector.db.selectFrom("users").select("restricted_at").where("id", "=", 1).executeTakeFirst();
      expect(readTimestamp(row?.restricted_at)).toBe(new Date(moment).toISOString());
    });

    it.runIf(run)("binds many keys in the batches the dialect chooses and finds every row once", async () => {
      const ids = Array.from({ length: 2_500 }, (_, i) => i + 1);
      const keys = [...ids, ...Array.from({ length: 60_000 }, (_, i) => 1_000_000 + i)];
      const batches = connector.dialect.keyBatches(keys);
      expect(batches.flat()).toEqual(keys);
      const found: number[] = [];
      for (const part of batches) {
        const rows = await connector.db
          .selectFrom("login_events")
          .select("user_id")
          .where(connector.dialect.inList("user_id", part))
          .execute();
        found.push(...rows.map((r) => Number(r.user_id)));
      }
      expect(found).toHaveLength(3 * SUBJECTS);
      expect(new Set(found)).toEqual(new Set(ids.filter((id) => id <= SUBJECTS)));
    });

    it.runIf(run)("drops only the values the database cannot hold from a lookup", () => {
      const values = ["a@b.example", "nul\u0000byte@hostile.example", 7];
      const kept = connector.dialect.matchableValues(values);
      // PostgreSQL text cannot hold NUL (see the NUL test above); the others compare it exactly.
      expect(kept).toEqual(dialect === "postgres" ? ["a@b.example", 7] : values);
    });

    it.runIf(run)("matches a four-byte character in an identity to nothing, also in a three-byte column", async () => {
      let table = connector.db.schema
        .createTable("contract_narrow")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("email", "varchar(100)");
      // A legacy MySQL schema in "utf8" (three bytes a character): it cannot hold an emoji at all.
      if (dialect === "mysql") table = table.modifyEnd(sql`character set utf8mb3`);
      await table.execute();
      await connector.db.insertInto("contract_narrow").values({ id: 1, email: "a@b.example" }).execute();
      const find = async (from: string, values: string[]) =>
        (
          await connector.db.selectFrom(from).select("id").where(connector.dialect.inList("email", values)).execute()
        ).map((r) => Number(r.id));
      expect(await find("contract_narrow", ["\u{1F600}@b.example"])).toEqual([]);
      expect(await find("contract_narrow", ["\u{1F600}@b.example", "a@b.example"])).toEqual([1]);
      // In a column that holds four-byte characters the very value is still found, and only it.
      await insertUser(connector, 90_010, "\u{1F600}@emoji.example");
      expect(await find("users", ["\u{1F600}@emoji.example"])).toEqual([90_010]);
      expect(await find("users", ["\u{1F601}@emoji.example", "\u{1F600}@EMOJI.example"])).toEqual([]);
    });

    it.runIf(run)(
      "serves the engine's case-insensitive e-mail lookup from an index where the database can",
      async () => {
        const lookup = connector.db
          .selectFrom("users")
          .select("id")
          .where(connector.dialect.foldedInList("email", ["piet@hostile.example"]));
        const plan = await connector.db.transaction().execute(async (tx) => {
          if (dialect === "postgres") {
            // 200 rows: without this the planner rightly prefers reading the table.
            await sql`set local enable_seqscan = off`.execute(tx);
            const compiled = lookup.compile();
            const { rows } = await tx.executeQuery<Record<string, string>>({
              ...compiled,
              sql: `explain ${compiled.sql}`,
            });
            return rows.map((r) => Object.values(r).join(" ")).join("\n");
          }
          if (dialect === "sqlite") {
            const compiled = lookup.compile();
            const { rows } = await tx.executeQuery<Record<string, string>>({
              ...compiled,
              sql: `explain query plan ${compiled.sql}`,
            });
            return rows.map((r) => Object.values(r).join(" ")).join("\n");
          }
          // MariaDB indexes no expressions: the lookup reads the table, and plan says so.
          return "";
        });
        if (dialect === "mysql") expect(plan).toBe("");
        else expect(plan).toContain("users_email_folded_idx");
        expect((await lookup.execute()).map((r) => Number(r.id))).toEqual(
          [idOf("Piet@Hostile.example"), idOf("piet@hostile.example")].sort((a, b) => a - b),
        );
      },
    );

    it.runIf(run)("returns timestamps and calendar dates as written, whatever the day", async () => {
      await connector.db.schema
        .createTable("contract_days")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("day", "date")
        .addColumn("at", DATE_TIME[dialect])
        .execute();
      const days = ["2024-02-29", "2024-03-31", "1970-01-01", "2038-01-19", "1999-12-31"];
      const moments = days.map((day, i) => Date.parse(`${day}T${String(i * 5).padStart(2, "0")}:30:00.250Z`));
      await connector.db
        .insertInto("contract_days")
        .values(
          days.map((day, i) => ({
            id: i + 1,
            day: connector.dialect.date(day),
            at: connector.dialect.timestamp(moments[i]!),
          })),
        )
        .execute();
      const rows = await connector.db.selectFrom("contract_days").selectAll().orderBy("id").execute();
      expect(rows.map((r) => connector.dialect.readDate(r.day))).toEqual(days);
      expect(rows.map((r) => connector.dialect.readTimestamp(r.at))).toEqual(
        moments.map((ms) => new Date(ms).toISOString()),
      );
      expect(connector.dialect.readDate(null)).toBeNull();
      expect(connector.dialect.readTimestamp(null)).toBeNull();
    });

    it.runIf(run)("reads the primary and foreign keys of a small schema from the catalog", async () => {
      await connector.db.schema
        .createTable("contract_parent")
        .addColumn("code", "varchar(20)", (c) => c.notNull())
        .addColumn("part", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("contract_parent_pk", ["code", "part"])
        .execute();
      await connector.db.schema
        .createTable("contract_child")
        .addColumn("id", "integer", (c) => c.primaryKey())
        .addColumn("parent_code", "varchar(20)")
        .addColumn("parent_part", "integer")
        .addForeignKeyConstraint("contract_child_parent_fk", ["parent_code", "parent_part"], "contract_parent", [
          "code",
          "part",
        ])
        .execute();
      const scope = connector.dialect.discoveryScope(undefined, connector.defaultSchema);
      const keys = await connector.dialect.readKeys(connector.db, scope);
      expect(keys.primaryKeys.filter((k) => k.table.startsWith("contract_p"))).toEqual([
        { table: "contract_parent", column: "code", position: 1 },
        { table: "contract_parent", column: "part", position: 2 },
      ]);
      const foreign = keys.foreignKeys
        .filter((k) => k.table === "contract_child")
        .map(({ key: _key, ...k }) => k)
        .sort((a, b) => a.position - b.position);
      expect(foreign).toEqual([
        {
          table: "contract_child",
          column: "parent_code",
          position: 1,
          parentTable: "contract_parent",
          parentColumn: "code",
        },
        {
          table: "contract_child",
          column: "parent_part",
          position: 2,
          parentTable: "contract_parent",
          parentColumn: "part",
        },
      ]);
      // The demo's own keys are there too: users.organisation_id -> organisations.id.
      expect(keys.foreignKeys).toContainEqual(
        expect.objectContaining({ table: "users", column: "organisation_id", parentTable: "organisations" }),
      );
      const tables = (await connector.db.introspection.getTables()).filter((t) =>
        connector.dialect.inScope(t.schema, scope),
      );
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["contract_child", "contract_parent", "users"]));
      const sampled = await sql<{ v: unknown }>`select cast(${sql.id("part")} as ${connector.dialect.textType}) as v
        from ${connector.dialect.scopedTable(scope, "contract_parent")}`.execute(connector.db);
      expect(sampled.rows).toEqual([]);
    });

    it.runIf(run)("creates the restriction side table idempotently and marks each key once", async () => {
      const table = "contract_restrictions";
      await connector.dialect.createRestrictionTable(connector.db, table);
      await connector.dialect.createRestrictionTable(connector.db, table);
      const keys = Array.from({ length: 1_500 }, (_, i) => String(i + 1));
      await connector.db.transaction().execute(async (tx) => {
        await connector.dialect.insertRestrictions(tx, table, {
          collection: "users",
          keys,
          ground: "request",
          at: "A",
        });
        await connector.dialect.insertRestrictions(tx, table, {
          collection: "users",
          keys: ["1", "1500", "1501"],
          ground: "legal_hold",
          at: "B",
        });
      });
      const rows = await connector.db.selectFrom(table).selectAll().execute();
      expect(rows).toHaveLength(1_501);
      const byKey = new Map(rows.map((r) => [r.row_key as string, r]));
      expect(byKey.get("1")).toMatchObject({ collection: "users", ground: "request", restricted_at: "A" });
      expect(byKey.get("1501")).toMatchObject({ ground: "legal_hold", restricted_at: "B" });
    });

    it.runIf(run)("sets a different value per row for many keys in one update, and leaves other rows", async () => {
      const before = await connector.db.selectFrom("users").select(["id", "name", "phone"]).orderBy("id").execute();
      const keys = before.slice(0, 150).map((r) => String(r.id));
      await connector.db.transaction().execute(async (tx) => {
        await connector.dialect.updatePerRow(tx, { table: "users", primaryKey: "id" }, keys, { phone: null }, [
          { column: "name", value: (key) => `masked-${key}` },
        ]);
      });
      const after = await connector.db.selectFrom("users").select(["id", "name", "phone"]).orderBy("id").execute();
      const changed = new Set(keys);
      for (const [i, row] of after.entries()) {
        if (changed.has(String(row.id))) expect(row).toEqual({ id: row.id, name: `masked-${row.id}`, phone: null });
        else expect(row).toEqual(before[i]);
      }
    });

    if (dialect === "mysql") {
      it.runIf(run)("compares identities in a binary NO PAD collation on MariaDB/MySQL", async () => {
        const { rows } = await sql<{ name: string; collation: string | null }>`select
            concat(table_name, '.', column_name) as name, collation_name as collation
          from information_schema.columns where table_schema = database()
            and concat(table_name, '.', column_name) in ('users.email', 'users.phone', 'accounts.billing_email',
              'invoices.billing_email', 'newsletter_subscriptions.email', 'contacts.email')`.execute(connector.db);
        expect(rows).toHaveLength(6);
        for (const row of rows) expect(row.collation, row.name).toMatch(/^utf8mb4_(nopad_bin|0900_bin)$/);
        // Why it matters: under a PAD SPACE collation (utf8mb4_bin is one) 'a' finds 'a ' as well.
        const padded = await sql<{ n: number }>`select count(*) as n from (select 'trailing@hostile.example ' as e) t
          where e collate utf8mb4_bin in ('trailing@hostile.example')`.execute(connector.db);
        expect(Number(padded.rows[0]?.n)).toBe(1);
      });
    }
  });
}
