import { toCsv } from "../documents/index.js";
import type { Lang } from "../kernel/index.js";
import { COLUMNS } from "./columns.js";
import type { RecordRow } from "./types.js";

/** Separator between the values of a cell that holds several (the spreadsheet stays one row per activity). */
export const MULTI_VALUE_SEPARATOR = "; ";

/** The record as CSV: a header row and one row per activity. */
export function recordCsv(rows: readonly RecordRow[], lang: Lang): string {
  const header = COLUMNS.map((c) => c.header[lang]);
  const body = rows.map((row) => COLUMNS.map((c) => c.values(row, lang).join(MULTI_VALUE_SEPARATOR)));
  return toCsv([header, ...body]);
}
