import type { Expression, ExpressionBuilder, Kysely, RawBuilder, SqlBool, Transaction } from "kysely";
import type { TableColumns } from "./catalog/columns.js";
import type { KeyRows } from "./catalog/keys.js";

/** The databases the request engine works on, by name (the register's `connections[].type`). */
export type Dialect = "postgres" | "mysql" | "sqlite";
export const DIALECTS: readonly Dialect[] = ["postgres", "mysql", "sqlite"];

/** A Kysely handle over tables known only at run time, from the register. */
// any: company schemas are only known at run time, from the register.
export type AnyDb = Kysely<any>;
// any: company tables are only known at run time.
export type AnyTransaction = Transaction<any>;
// any: works on any table of a company schema.
export type AnyExpressionBuilder = ExpressionBuilder<any, any>;

/** The table a statement works on: schema-qualified where the register names a schema. */
export interface TableTarget {
  schema?: string;
  table: string;
  primaryKey: string;
}

/** A column whose new value differs per row: `value(key)` gives it for the row with that primary key. */
export interface PerRowValue {
  column: string;
  value: (key: string) => unknown;
}

/**
 * Everything the engine does differently per database, in one place: each database Waarborg
 * supports implements this once (postgres.ts, mysql.ts, sqlite.ts) and the factory (open.ts) is
 * the only code that chooses between them. The rest of the code asks the connector's dialect
 * instead of comparing its name, so a fourth database is one new file, not a search through the
 * engine. The contract suite (test/connectors/contract.test.ts) checks every implementation.
 */
export interface DatabaseDialect {
  readonly name: Dialect;

  /** Splits a key list into the lists one statement takes (see inList). */
  keyBatches<T>(values: readonly T[]): T[][];
  /** `column IN (values)`, bound the way this database takes lists best. */
  inList(column: string, values: readonly unknown[]): (eb: AnyExpressionBuilder) => Expression<SqlBool>;
  /**
   * `column` matches one of `values` trimmed and ignoring case: the values are already normalised
   * (normaliseEmail); the condition finds a superset the caller narrows down (see folded-in.ts).
   */
  foldedInList(column: string, values: readonly string[]): (eb: AnyExpressionBuilder) => Expression<SqlBool>;
  /** The values a lookup can match at all; values the database cannot even hold match no row. */
  matchableValues<T>(values: readonly T[]): T[];

  /** A moment (milliseconds since the epoch) in the form this database's timestamp columns take. */
  timestamp(ms: number): string;
  /** A timestamp as the driver returns it -> ISO 8601 in UTC; null when there is none. */
  readTimestamp(value: unknown): string | null;
  /** A calendar date (YYYY-MM-DD) in the form this database's DATE columns take. */
  date(day: string): string;
  /** A DATE value as the driver returns it -> YYYY-MM-DD, the same day whatever the process time zone. */
  readDate(value: unknown): string | null;

  /** The schema (PostgreSQL) or database (MySQL) discovery reads; none for SQLite. Throws when it cannot be read. */
  discoveryScope(requested: string | undefined, defaultSchema: string | undefined): string | undefined;
  /** Whether a table Kysely's introspection lists belongs to the scope discovery reads. */
  inScope(tableSchema: string | undefined, scope: string | undefined): boolean;
  /** Primary and foreign keys of the scope, from the database's own catalog. */
  readKeys(db: AnyDb, scope: string | undefined): Promise<KeyRows>;
  /** What one table's columns can hold (nullability, type, length); undefined when the table does not exist. */
  readColumns(db: AnyDb, table: string, schema: string | undefined): Promise<TableColumns>;
  /** The schema a proposed register names for the scope, when it is not the database's default. */
  proposalSchema(scope: string | undefined): string | undefined;
  /** A table of the scope, qualified as raw SQL needs it. */
  scopedTable(scope: string | undefined, table: string): RawBuilder<unknown>;
  /** The type a value is cast to so that any column reads as text. */
  readonly textType: RawBuilder<unknown>;

  /** Creates the restriction side table when it does not exist yet (idempotent). Not in a transaction: see restriction.ts. */
  createRestrictionTable(db: AnyDb, table: string): Promise<void>;
  /** Adds (collection, key) rows to a restriction side table; rows already there stay as they were. */
  insertRestrictions(
    tx: AnyTransaction,
    table: string,
    rows: { collection: string; keys: readonly string[]; ground: string; at: string },
  ): Promise<void>;

  /** Sets `constant` on every row with one of `keys`, and each `perRow` column to its own value per row. */
  updatePerRow(
    tx: AnyTransaction,
    target: TableTarget,
    keys: readonly string[],
    constant: Record<string, unknown>,
    perRow: readonly PerRowValue[],
  ): Promise<void>;
}
