import type { MASKING } from "../../register/index.js";
import type { ColumnFinding, TableFinding } from "./discover.js";
import { typeClass } from "./types.js";

export interface MaskingSuggestion {
  masking: (typeof MASKING)[number];
  fixed_value?: string;
}

/**
 * How erasure should treat a personal column. Rows of event and log tables go as a whole: a log line
 * with its person masked out is of no use. Identities get a random value per row: a unique constraint
 * on them still holds after erasure, and unlike a hash of the value nobody can find the person again.
 * Anything else becomes NULL, or, where the column allows no NULL, a
 * fixed value of its type, so the UPDATE does not fail on the constraint.
 */
export function suggestMasking(table: TableFinding, column: ColumnFinding): MaskingSuggestion {
  if (table.kind === "event") return { masking: "delete_row" };
  if (column.guess.identity !== undefined) return { masking: "random" };
  if (column.nullable) return { masking: "null" };
  const cls = typeClass(column.type);
  if (cls === "date" || cls === "timestamp") return { masking: "fixed", fixed_value: "1900-01-01" };
  if (cls === "integer" || cls === "decimal" || cls === "boolean") return { masking: "fixed", fixed_value: "0" };
  return { masking: "fixed", fixed_value: "" };
}
