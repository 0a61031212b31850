import { type Expression, type RawBuilder, type SqlBool, sql } from "kysely";
import type { AnyExpressionBuilder } from "./dialect.js";

/** How a database compares an expression with a list of values (its own IN). */
export type ListMatch = (
  eb: AnyExpressionBuilder,
  left: Expression<unknown>,
  values: readonly unknown[],
) => Expression<SqlBool>;

/** Literal characters a LIKE pattern must keep for it to narrow a search; fewer, and it reads most of the table. */
const MIN_LITERALS = 4;

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The column trimmed and lower-cased by the database, compared with values the engine already
 * trimmed, NFC-normalised and lower-cased (normaliseEmail). Databases lower-case non-ASCII letters
 * differently (SQLite not at all, PostgreSQL by its locale) and none of them normalises Unicode
 * forms in a portable way, so only ASCII is left to them: an ASCII value is compared in an IN list;
 * any other value becomes a LIKE pattern in which every non-ASCII character is a wildcard ("zoë@x.nl"
 * finds "ZOË@x.nl" and the decomposed "zoe\u0308@x.nl" alike). Both find a superset: the engine
 * compares every row found with the normalised value in JavaScript, and keeps only the equal ones.
 */
export function foldedInList(column: string, values: readonly string[], listMatch: ListMatch) {
  const folded: RawBuilder<unknown> = sql`lower(trim(${sql.ref(column)}))`;
  return (eb: AnyExpressionBuilder): Expression<SqlBool> => {
    const listed = values.filter((value) => ASCII.test(value) || literals(pattern(value)) < MIN_LITERALS);
    const patterns = values.filter((value) => !listed.includes(value)).map(pattern);
    const parts: Expression<SqlBool>[] = [];
    if (listed.length > 0) parts.push(listMatch(eb, folded, listed));
    for (const p of patterns) parts.push(sql<SqlBool>`${folded} like ${p} escape '!'`);
    if (parts.length === 0) return sql<SqlBool>`1 = 0`;
    return parts.length === 1 ? parts[0]! : eb.or(parts);
  };
}

/** A LIKE pattern: ASCII kept (LIKE's own wildcards and the escape character escaped), the rest one `%`. */
function pattern(value: string): string {
  return value
    .replace(/[!%_]/g, (c) => `!${c}`)
    .replace(/[^\x20-\x7e]+/g, "%")
    .replace(/%+/g, "%");
}

function literals(p: string): number {
  return p.replace(/!(.)/g, "$1").replace(/%/g, "").length;
}
