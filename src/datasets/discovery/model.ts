import type { Dialect } from "../../connectors/index.js";

/** A column as the database describes it; nothing here comes from the rows. */
export interface ColumnShape {
  name: string;
  /** The type as the dialect names it (varchar, int4, TEXT, ...), lower-cased. */
  type: string;
  nullable: boolean;
}

/** A foreign key on the child table; `columns[i]` points at `parentColumns[i]`. */
export interface ForeignKeyShape {
  columns: string[];
  parentTable: string;
  parentColumns: string[];
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  /** In key order; empty when the table has no primary key. */
  primaryKey: string[];
  foreignKeys: ForeignKeyShape[];
}

/** The structure of one schema (PostgreSQL), database (MySQL) or file (SQLite), tables sorted by name. */
export interface DatabaseShape {
  dialect: Dialect;
  schema?: string;
  tables: TableShape[];
}
