import { type Connector, inList } from "../connectors/index.js";
import { normaliseEmail } from "../kernel/index.js";
import type { FieldDef } from "./graph.js";

/**
 * How an identity field is compared with the value a request gives. `normalised` (the default for
 * e-mail): trimmed, NFC-normalised and ignoring case on both sides, so "  Someone@Example.NL  " finds
 * someone@example.nl. `exact` (the default for other types, and `match: exact` in the register for a
 * system where two addresses that differ in case are two people): the very value.
 */
export type MatchMode = "normalised" | "exact";

export function matchModeOf(field: FieldDef): MatchMode {
  return field.match ?? (field.identity === "email" ? "normalised" : "exact");
}

/** The value in the form a field of this mode is compared in. */
export function matchForm(mode: MatchMode, value: string): string {
  return mode === "normalised" ? normaliseEmail(value) : value;
}

/** The condition a lookup runs: a superset for `normalised` fields, which the caller narrows with matchForm. */
export function matchCondition(connector: Connector, mode: MatchMode, field: string, values: readonly string[]) {
  return mode === "normalised"
    ? connector.dialect.foldedInList(field, values)
    : inList(connector.dialect, field, values);
}
