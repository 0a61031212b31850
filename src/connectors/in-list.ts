import { type ExpressionBuilder, sql } from "kysely";
import { chunks } from "./chunk.js";
import type { Dialect } from "./connector.js";

/**
 * Key lists per statement. PostgreSQL takes a whole list as one array parameter (`= any($1)`), so a
 * thousand keys cost one bind instead of a thousand and the statement text stays the same size; the
 * other dialects get `IN (...)` lists of 1000.
 */
export function keyBatches<T>(dialect: Dialect, values: readonly T[]): T[][] {
  return dialect === "postgres" ? chunks(values, 50_000) : chunks(values);
}

/** `column IN (values)`, written the way the dialect binds lists best (see keyBatches). */
export function inList(dialect: Dialect, column: string, values: readonly unknown[]) {
  // any: works on any table of a company schema.
  return (eb: ExpressionBuilder<any, any>) =>
    dialect === "postgres" ? eb(eb.ref(column), "=", sql<unknown>`any(${values})`) : eb(eb.ref(column), "in", values);
}

/**
 * The values a lookup can match at all. PostgreSQL text cannot hold a NUL character, so such a value
 * matches no row there; the server would refuse the whole statement instead of answering "none", and
 * a person's request must not fail because someone typed an odd identity. Other dialects store NUL
 * and compare it exactly.
 */
export function matchableValues<T>(dialect: Dialect, values: readonly T[]): T[] {
  if (dialect !== "postgres") return [...values];
  return values.filter((value) => typeof value !== "string" || !value.includes("\u0000"));
}
