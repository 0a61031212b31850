import { Kysely, PostgresDialect, type RawBuilder, sql } from "kysely";
import { postgresColumns, postgresKeys } from "./catalog/postgres.js";
import { chunks } from "./chunk.js";
import type { Connector } from "./connector.js";
import type { DatabaseDialect } from "./dialect.js";
import { foldedInList, type ListMatch } from "./folded-in.js";
import { createRestrictionTable } from "./restriction-table.js";
import { readCalendarDate, readTimestamp } from "./timestamps.js";

/** `left = any($1)`: a whole list as one array parameter. */
const anyOf: ListMatch = (eb, left, values) => eb(left, "=", sql<unknown>`any(${values})`);

/** Keys per statement: one array parameter holds them all, so the bound is memory, not the wire's 65535. */
const KEYS_PER_STATEMENT = 50_000;

/**
 * PostgreSQL. Key lists go as one array parameter (`= any($1)`), so a thousand keys cost one bind
 * instead of a thousand and the statement text stays the same size; per-row values and restriction
 * marks are joined from unnested arrays for the same reason.
 */
export const postgresDialect: DatabaseDialect = {
  name: "postgres",
  keyBatches: (values) => chunks(values, KEYS_PER_STATEMENT),
  inList: (column, values) => (eb) => anyOf(eb, eb.ref(column), values),
  foldedInList: (column, values) => foldedInList(column, values, anyOf),
  // PostgreSQL text cannot hold a NUL character, so such a value matches no row; the server would refuse
  // the whole statement instead of answering "none", and a person's request must not fail because
  // someone typed an odd identity.
  matchableValues: (values) => values.filter((value) => typeof value !== "string" || !value.includes("\u0000")),

  timestamp: (ms) => new Date(ms).toISOString(),
  readTimestamp,
  date: (day) => day,
  readDate: readCalendarDate,

  discoveryScope: (requested, defaultSchema) => requested ?? defaultSchema ?? "public",
  inScope: (tableSchema, scope) => scope === undefined || tableSchema === scope,
  readKeys: (db, scope) => postgresKeys(db, scope ?? "public"),
  readColumns: (db, table, schema) => postgresColumns(db, table, schema ?? "public"),
  proposalSchema: (scope) => (scope !== undefined && scope !== "public" ? scope : undefined),
  scopedTable: (scope, table): RawBuilder<unknown> => (scope !== undefined ? sql.id(scope, table) : sql.id(table)),
  textType: sql.raw("text"),

  createRestrictionTable,
  async insertRestrictions(tx, table, { collection, keys, ground, at }) {
    // One array parameter for the keys instead of four parameters per row.
    for (const part of chunks(keys, KEYS_PER_STATEMENT)) {
      await sql`insert into ${sql.table(table)} (collection, row_key, ground, restricted_at)
        select ${collection}, unnest(${part}::text[]), ${ground}, ${at}
        on conflict (collection, row_key) do nothing`.execute(tx);
    }
  },

  async updatePerRow(tx, target, keys, constant, perRow) {
    // The table joined to unnested array parameters (keys, values): one statement with a handful of
    // parameters and a hash join, whatever the batch's size.
    const table = target.schema ? `${target.schema}.${target.table}` : target.table;
    for (const part of chunks(keys, KEYS_PER_STATEMENT)) {
      const sets: RawBuilder<unknown>[] = [
        ...Object.entries(constant).map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
        ...perRow.map((f, i) => sql`${sql.ref(f.column)} = v.${sql.ref(`c${i}`)}`),
      ];
      const columns = perRow.map((f, i) => sql`unnest(${part.map(f.value)}::text[]) as ${sql.ref(`c${i}`)}`);
      const pk = sql.ref(`t.${target.primaryKey}`);
      await sql`update ${sql.table(table)} as t set ${sql.join(sets)}
        from (select unnest(${part}::text[]) as k, ${sql.join(columns)}) as v
        where ${pk} = any(${part}) and ${pk}::text = v.k`.execute(tx);
    }
  },
};

/** Type ids of pg_type: DATE, and TIMESTAMP without a time zone. */
const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;

/** A zone-less timestamp's text as the same wall-clock time in UTC; text JavaScript cannot place (BC, infinity) as is. */
function zonelessAsUtc(text: string): string {
  const moment = new Date(`${text.replace(" ", "T")}Z`);
  return Number.isNaN(moment.getTime()) ? text : moment.toISOString();
}

export async function openPostgres(url: string, poolSize: number): Promise<Connector> {
  const { default: pg } = await import("pg");
  // The driver would make a DATE local midnight and read a TIMESTAMP in the process's time zone, so
  // the same row gave another day under TZ=Europe/Amsterdam than under UTC. A calendar date stays the
  // text the database holds; a zone-less TIMESTAMP is read as UTC, as MySQL's DATETIME is.
  // BIGINT and NUMERIC arrive as strings by default; keep that: ids must round-trip exactly.
  const types = {
    getTypeParser(oid: number, format?: "text" | "binary") {
      if (oid === DATE_OID) return (text: string) => text;
      if (oid === TIMESTAMP_OID) return zonelessAsUtc;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
  // An idle connection the server closes (a restart, a terminated backend) is dropped by the pool; without
  // a listener its error event would end the process.
  pool.on("error", (error) => process.emitWarning(`connector connection closed by the server: ${error.message}`));
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return { dialect: postgresDialect, db, defaultSchema: "public", close: () => db.destroy() };
}
