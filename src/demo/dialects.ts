import { type ColumnDefinitionBuilder, type Expression, type Kysely, sql } from "kysely";
import type { Connector, Dialect } from "../connectors/index.js";
import type { ColumnKind } from "./tables.js";

/** How one database holds the demo: column types and the few steps around creating and filling it. */
export interface DemoDialect {
  /** Column types per kind; an identity column gets the exact collation when the database has one. */
  columnType(kind: ColumnKind, exactCollation: string): Expression<unknown>;
  /** The demo's integer id column: numbered by the database. */
  idColumn(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** What follows the column list of CREATE TABLE. */
  tableOptions?: Expression<unknown>;
  /** The collation identity columns compare in, read from the server; "" where the types compare exactly anyway. */
  exactCollation(db: Kysely<any>): Promise<string>;
  /** Bound parameters one statement may carry: SQLite's compiled-in limit and the wire protocols' limit. */
  parameterLimit: number;
  /** Whether the database indexes an expression (lower(trim(email))); MariaDB does not. */
  foldedIndexes: boolean;
  /** Whether the server can generate the population itself (generate_series), for millions of subjects. */
  serverSideSeeding: boolean;
  /** After explicit ids were inserted: move identity sequences past them, refresh statistics. */
  afterSeed?: {
    inTransaction(trx: Kysely<any>, tables: readonly string[]): Promise<void>;
    afterwards(db: Kysely<any>): Promise<void>;
  };
}

/**
 * MySQL-family servers compare identities in a binary NO PAD collation, so only the very same bytes
 * match (no case folding, no accent folding, no ignored trailing spaces). MariaDB's utf8mb4_bin pads
 * with spaces ('a' = 'a ').
 */
async function mysqlExactCollation(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ version: string }>`select version() as version`.execute(db);
  return /mariadb/i.test(rows[0]?.version ?? "") ? "utf8mb4_nopad_bin" : "utf8mb4_0900_bin";
}

/** Ids were given explicitly; move each identity sequence past them so later inserts do not collide. */
async function advanceIdentities(trx: Kysely<any>, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), max(id)) from ${sql.table(table)} having count(*) > 0`.execute(
      trx,
    );
  }
}

const noCollation = async () => "";

/**
 * The demo per database, as data. Timestamps: `timestamptz` on PostgreSQL, `datetime(3)` in UTC on
 * MySQL/MariaDB, ISO 8601 text on SQLite (which has no date type); the connector's dialect writes
 * and reads them back as the same ISO string.
 */
export const DEMO_DIALECTS: Record<Dialect, DemoDialect> = {
  postgres: {
    columnType: (kind) =>
      ({
        id: sql`bigint`,
        ref: sql`bigint`,
        integer: sql`integer`,
        timestamp: sql`timestamptz`,
        long_text: sql`text`,
        text: sql`text`,
        identity: sql`text`,
      })[kind],
    idColumn: (col) => col.generatedByDefaultAsIdentity(),
    exactCollation: noCollation,
    parameterLimit: 65_535,
    foldedIndexes: true,
    serverSideSeeding: true,
    afterSeed: { inTransaction: advanceIdentities, afterwards: async (db) => void (await sql`analyze`.execute(db)) },
  },
  mysql: {
    columnType: (kind, collation) =>
      ({
        id: sql`bigint`,
        ref: sql`bigint`,
        integer: sql`integer`,
        timestamp: sql`datetime(3)`,
        long_text: sql`text`,
        text: sql`varchar(255)`,
        identity: sql`varchar(255) character set utf8mb4 collate ${sql.raw(collation)}`,
      })[kind],
    idColumn: (col) => col.autoIncrement(),
    tableOptions: sql`engine = InnoDB default charset = utf8mb4`,
    exactCollation: mysqlExactCollation,
    parameterLimit: 65_535,
    foldedIndexes: false,
    serverSideSeeding: false,
  },
  sqlite: {
    columnType: (kind) =>
      ({
        id: sql`integer`,
        ref: sql`integer`,
        integer: sql`integer`,
        timestamp: sql`text`,
        long_text: sql`text`,
        text: sql`text`,
        identity: sql`text`,
      })[kind],
    idColumn: (col) => col,
    exactCollation: noCollation,
    parameterLimit: 32_766,
    foldedIndexes: true,
    serverSideSeeding: false,
  },
};

/** The demo's data for a connector's database. */
export function demoDialect(connector: Connector): DemoDialect {
  return DEMO_DIALECTS[connector.dialect.name];
}
