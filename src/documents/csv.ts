/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection). Register text and
 * the data in an access package can hold anything, and people open these files in Excel, so such cells get
 * a leading apostrophe, which spreadsheets read as "this is text". Tab and carriage return belong here for
 * the same reason.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes inside doubled. */
export function quoteField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes a table as RFC 4180 CSV: CRLF after every record, every cell guarded against formulas.
 * Starts with a UTF-8 byte order mark because Excel otherwise reads the file in the local code page
 * and garbles "geüploade bestanden".
 */
export function toCsv(table: readonly (readonly string[])[]): string {
  const lines = table.map((row) => row.map((cell) => quoteField(guardFormula(cell))).join(","));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join("")}`;
}
