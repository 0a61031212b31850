import type { Kysely } from "kysely";

export type Dialect = "postgres" | "mysql" | "sqlite";
export const DIALECTS: readonly Dialect[] = ["postgres", "mysql", "sqlite"];

/**
 * A company database the request engine and retention sweeps work on. Every query goes through
 * Kysely, so table and column names are quoted by the dialect and identity values are always bound
 * parameters, never spliced into SQL.
 */
/** A Kysely handle over tables known only at run time, from the register. */
// any: company schemas are only known at run time, from the register.
export type AnyDb = Kysely<any>;

export interface Connector {
  readonly dialect: Dialect;
  readonly db: AnyDb;
  /** The schema (PostgreSQL) or database (MySQL) tables live in when the register names none. */
  readonly defaultSchema?: string;
  close(): Promise<void>;
}
