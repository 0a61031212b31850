import { Kysely, MysqlDialect, sql } from "kysely";
import { mysqlColumns, mysqlKeys } from "./catalog/mysql.js";
import { caseUpdate } from "./case-update.js";
import { chunks } from "./chunk.js";
import type { Connector } from "./connector.js";
import type { DatabaseDialect } from "./dialect.js";
import { foldedInList, type ListMatch } from "./folded-in.js";
import { createRestrictionTable, restrictionRows } from "./restriction-table.js";
import { readCalendarDate, readTimestamp } from "./timestamps.js";

/** A character beyond the Basic Multilingual Plane (an emoji): four bytes in UTF-8. */
const FOUR_BYTES = /[\u{10000}-\u{10FFFF}]/u;

/**
 * `left IN (values)`. A utf8mb3 ("utf8") column cannot hold a four-byte character, and comparing it
 * with one fails with "Illegal mix of collations" instead of answering none: such values are compared
 * as utf8mb4, in binary, where they simply match nothing (or the very row, in a utf8mb4 column). The
 * engine checks every row found for an exact match afterwards.
 */
const inWide: ListMatch = (eb, left, values) => {
  const wide = values.filter((value) => typeof value === "string" && FOUR_BYTES.test(value));
  if (wide.length === 0) return eb(left, "in", values);
  const asWide = eb(sql`convert(${left} using utf8mb4) collate utf8mb4_bin`, "in", wide);
  const wideSet = new Set(wide);
  const narrow = values.filter((value) => !wideSet.has(value));
  return narrow.length === 0 ? asWide : eb.or([eb(left, "in", narrow), asWide]);
};

/**
 * MySQL and MariaDB. Key lists are `IN (...)` lists of 1000. DATETIME refuses the ISO form with a T
 * and a Z, and its strings come back without a zone; every session Waarborg opens runs in UTC (see
 * openMysql), so such a string is read as UTC.
 */
export const mysqlDialect: DatabaseDialect = {
  name: "mysql",
  keyBatches: (values) => chunks(values),
  inList: (column, values) => (eb) => inWide(eb, eb.ref(column), values),
  foldedInList: (column, values) => foldedInList(column, values, inWide),
  matchableValues: (values) => [...values],

  timestamp: (ms) => new Date(ms).toISOString().replace("T", " ").replace("Z", ""),
  readTimestamp,
  date: (day) => day,
  readDate: readCalendarDate,

  discoveryScope(requested, database) {
    // The database in the URL is the only one read: it is MySQL's schema.
    if (database === undefined) throw new Error("the MySQL URL names no database to discover");
    if (requested !== undefined && requested !== database) {
      throw new Error("on MySQL the schema is the database named in the URL; point the URL at that database");
    }
    return database;
  },
  // Kysely lists the tables of the connection's database only.
  inScope: () => true,
  readKeys: (db, scope) => mysqlKeys(db, scope as string),
  readColumns: mysqlColumns,
  proposalSchema: () => undefined,
  scopedTable: (_scope, table) => sql.id(table),
  textType: sql.raw("char"),

  createRestrictionTable,
  async insertRestrictions(tx, table, rows) {
    for (const part of chunks(restrictionRows(rows))) await tx.insertInto(table).values(part).ignore().execute();
  },

  updatePerRow: caseUpdate,
};

export async function openMysql(url: string, poolSize: number): Promise<Connector> {
  const mysql = await import("mysql2");
  const pool = mysql.createPool({
    uri: url.replace(/^mariadb:/, "mysql:"),
    connectionLimit: poolSize,
    // Dates as strings and big numbers as strings: what the database holds, not a lossy JS conversion.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    charset: "utf8mb4",
  });
  // Sessions in UTC: DATETIME values are written and read as UTC, whatever the server's zone.
  pool.on("connection", (connection) => connection.query("SET time_zone = '+00:00'"));
  const db = new Kysely({ dialect: new MysqlDialect({ pool }) });
  const database = new URL(url.replace(/^mariadb:/, "mysql:")).pathname.slice(1) || undefined;
  return { dialect: mysqlDialect, db, defaultSchema: database, close: () => db.destroy() };
}
