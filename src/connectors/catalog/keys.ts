/** Key columns as the per-database catalog queries return them, one row per column of a key. */
export interface PrimaryKeyRow {
  table: string;
  column: string;
  position: number;
}

export interface ForeignKeyRow {
  table: string;
  /** The constraint's name, or any value unique per table: rows with the same one form one key. */
  key: string;
  column: string;
  position: number;
  parentTable: string;
  parentColumn: string;
}

export interface KeyRows {
  primaryKeys: PrimaryKeyRow[];
  foreignKeys: ForeignKeyRow[];
}
