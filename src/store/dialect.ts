import type { ColumnDataType, ColumnDefinitionBuilder } from "kysely";

/** The databases the service store runs on: a SQLite file (the embedded default) or PostgreSQL. */
export type StoreDialect = "sqlite" | "postgres";

/** Which dialect a store URL speaks. The URL may hold a password: the error names the forms, never the URL. */
export function storeDialectOf(url: string): StoreDialect {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  if (url.startsWith("sqlite:")) return "sqlite";
  throw new Error("unsupported store URL: expected sqlite:<path> or postgres://");
}

/*
 * The few places the dialects differ in DDL. Migrations call these instead of branching inline, so
 * one migration set serves both.
 */

/** An integer key the database numbers itself: the rowid alias in SQLite, an identity column in PostgreSQL. */
export function autoIncrementKey(dialect: StoreDialect): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  if (dialect === "sqlite") return (col) => col.primaryKey().autoIncrement();
  return (col) => col.primaryKey().generatedByDefaultAsIdentity();
}

/** Bytes: BLOB in SQLite, BYTEA in PostgreSQL. */
export function binaryType(dialect: StoreDialect): ColumnDataType {
  return dialect === "sqlite" ? "blob" : "bytea";
}
