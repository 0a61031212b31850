import type { AnyDb, DatabaseDialect } from "./dialect.js";

// The name type lives with the dialects; re-exported for code that imports it from here.
export type { AnyDb, Dialect } from "./dialect.js";

/**
 * A company database the request engine and retention sweeps work on. Every query goes through
 * Kysely, so table and column names are quoted by the dialect and identity values are always bound
 * parameters, never spliced into SQL. What differs per database is asked of `dialect`.
 */
export interface Connector {
  readonly dialect: DatabaseDialect;
  readonly db: AnyDb;
  /** The schema (PostgreSQL) or database (MySQL) tables live in when the register names none. */
  readonly defaultSchema?: string;
  /**
   * Which database this reaches, without the password: tells apart two connections of the same name
   * (two registers, or a test per database) where something is remembered per database.
   */
  readonly source?: string;
  close(): Promise<void>;
}
