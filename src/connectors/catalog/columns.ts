/*
 * Column descriptions read from a database's catalog; each database's query is in its own catalog
 * file, and this is the shape they all return.
 */

/** What the database says one column can hold: whether NULL, its declared type and length. */
export interface ColumnInfo {
  nullable: boolean;
  /** The type as the database reports it, lower case (varchar, integer, character varying, ...). */
  type: string;
  /** The declared maximum length in characters for text columns (VARCHAR(40) is 40), when there is one. */
  maxLength?: number;
}

/** A table's columns by name; undefined when the table does not exist. */
export type TableColumns = Map<string, ColumnInfo> | undefined;

/** Catalog rows -> the columns by name; MySQL's lengths of unbounded text types are no limit. */
export function toMap(
  rows: { name: string; nullable: boolean; type: string; length: number | string | null }[],
): TableColumns {
  if (rows.length === 0) return undefined;
  const out = new Map<string, ColumnInfo>();
  for (const r of rows) {
    const info: ColumnInfo = { nullable: r.nullable, type: String(r.type).toLowerCase() };
    const length = r.length === null ? undefined : Number(r.length);
    // MySQL reports TEXT's 65535 and LONGTEXT's 4294967295 as lengths: only real limits matter here.
    if (length !== undefined && Number.isFinite(length) && length < 65_535) info.maxLength = length;
    out.set(r.name, info);
  }
  return out;
}
