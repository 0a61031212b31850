/**
 * Splits a list for `IN (...)` queries. 1000 stays far below every dialect's bound-parameter limit
 * (SQLite 32766, PostgreSQL 65535, MySQL 65535) even with a few extra parameters in the statement.
 */
export const IN_LIST_CHUNK = 1000;

export function chunks<T>(items: readonly T[], size = IN_LIST_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
