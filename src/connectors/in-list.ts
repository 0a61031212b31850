import type { DatabaseDialect } from "./dialect.js";

/*
 * Shorthands for the dialect's key-list methods, so the engine's queries read
 * `.where(inList(connector.dialect, column, part))`. Each database decides how in its own file.
 */

/** Key lists per statement (see DatabaseDialect.keyBatches). */
export function keyBatches<T>(dialect: DatabaseDialect, values: readonly T[]): T[][] {
  return dialect.keyBatches(values);
}

/** `column IN (values)`, written the way the database binds lists best. */
export function inList(dialect: DatabaseDialect, column: string, values: readonly unknown[]) {
  return dialect.inList(column, values);
}

/** The values a lookup can match at all (see DatabaseDialect.matchableValues). */
export function matchableValues<T>(dialect: DatabaseDialect, values: readonly T[]): T[] {
  return dialect.matchableValues(values);
}
