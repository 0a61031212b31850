import type { ColumnDataType, ColumnDefinitionBuilder, Kysely, SelectQueryBuilder } from "kysely";
import type { StoreSchema } from "./schema.js";

/** The databases the service store runs on, by name: a SQLite file (the embedded default) or PostgreSQL. */
export type StoreDialectName = "sqlite" | "postgres";

// any: a lock applies to a select over any of the store's tables.
type AnySelect = SelectQueryBuilder<any, any, any>;

/**
 * Everything the store's users do differently per store database, in one place: implemented once in
 * sqlite.ts and postgres.ts, chosen in open.ts only. Migrations, the job queue, the audit log and the
 * consent records ask the store's dialect instead of comparing its name, so one migration set and one
 * code path serve both.
 */
export interface StoreDialect {
  readonly name: StoreDialectName;

  /** An integer key the database numbers itself: the rowid alias in SQLite, an identity column in PostgreSQL. */
  readonly autoIncrementKey: (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** Bytes: BLOB in SQLite, BYTEA in PostgreSQL. */
  readonly binaryType: ColumnDataType;
  /** Makes the database itself refuse every UPDATE and DELETE on `table`, failing with `message`. */
  readonly appendOnly: (db: Kysely<any>, table: string, message: string) => Promise<void>;
  /** Undoes appendOnly after `table` was dropped (what the database does not drop with the table). */
  readonly dropAppendOnly: (db: Kysely<any>, table: string) => Promise<void>;

  /**
   * Holds the rows a select reads until commit, so two transactions cannot both act on them. SQLite
   * has no row locks and needs none: it has one writer at a time.
   */
  readonly forUpdate: <Q extends AnySelect>(query: Q) => Q;
  /** As forUpdate, but rows another transaction holds are skipped instead of waited for. */
  readonly forUpdateSkipLocked: <Q extends AnySelect>(query: Q) => Q;
  /**
   * Runs a read-then-write (a job claim) so that no other writer interleaves: PostgreSQL's row locks
   * inside the statement do it; SQLite takes the write lock before the read.
   */
  readonly serialisedWrite: <T>(db: Kysely<StoreSchema>, work: (db: Kysely<StoreSchema>) => Promise<T>) => Promise<T>;

  /** Commits that can usefully be in flight at once: one writer at a time on SQLite. */
  readonly parallelCommits: number;
  /** Whether one statement can insert into two tables (a data-modifying WITH). */
  readonly insertsThroughWith: boolean;
  /** Whether pg-boss can keep its queue in this store (many workers on many machines). */
  readonly pgBoss: boolean;
}
