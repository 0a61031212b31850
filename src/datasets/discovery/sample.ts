import { type RawBuilder, sql } from "kysely";
import type { Connector } from "../../connectors/index.js";
import type { DatabaseShape, TableShape } from "./model.js";
import { type ContentProfile, profileValues } from "./profile.js";
import { sampleable, typeClass } from "./types.js";

export const DEFAULT_SAMPLE_SIZE = 200;

export interface SampleOptions {
  /** Non-null values read per column. */
  limit?: number;
  /** The day dates of birth are judged against; a parameter so reruns give the same result. */
  today?: Date;
  /** Called before the first table and after each one, for a progress bar. */
  onTable?: (done: number, total: number) => void;
}

/** Content profiles per table, then per column. */
export type Profiles = Map<string, Map<string, ContentProfile>>;

/**
 * Reads up to `limit` non-null values of every column worth checking, one query per table, and keeps
 * only how many passed each check. The values are counted and dropped table by table: they are never
 * returned, printed, logged or written. The first rows are read rather than a random sample, because
 * ORDER BY random() scans the whole table.
 */
export async function sampleProfiles(
  connector: Connector,
  shape: DatabaseShape,
  options: SampleOptions = {},
): Promise<Profiles> {
  const limit = options.limit ?? DEFAULT_SAMPLE_SIZE;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("the sample size must be a positive whole number");
  const today = options.today ?? new Date();
  const profiles: Profiles = new Map();
  let done = 0;
  options.onTable?.(done, shape.tables.length);
  for (const table of shape.tables) {
    const columns = columnsToSample(table);
    const perColumn = new Map<string, ContentProfile>();
    if (columns.length > 0) {
      const { rows } = await sampleQuery(connector, shape.schema, table.name, columns, limit).execute(connector.db);
      const values: string[][] = columns.map(() => []);
      for (const row of rows) {
        if (row.v !== null && row.v !== undefined) values[Number(row.k)]?.push(String(row.v));
      }
      columns.forEach((column, i) => {
        perColumn.set(column, profileValues(values[i] ?? [], today));
      });
    }
    profiles.set(table.name, perColumn);
    options.onTable?.(++done, shape.tables.length);
  }
  return profiles;
}

/** Text, dates, numbers and addresses; integer keys are left out, they are row numbers. */
export function columnsToSample(table: TableShape): string[] {
  const keyColumns = new Set([...table.primaryKey, ...table.foreignKeys.flatMap((fk) => fk.columns)]);
  return table.columns
    .filter((c) => sampleable(c.type) && !(typeClass(c.type) === "integer" && keyColumns.has(c.name)))
    .map((c) => c.name);
}

/**
 * One UNION ALL over the columns, each branch with its own LIMIT, so a sparse column still yields
 * up to `limit` values. Every value is cast to text, so dates arrive in the database's own notation.
 */
function sampleQuery(
  connector: Connector,
  schema: string | undefined,
  table: string,
  columns: string[],
  limit: number,
): RawBuilder<{ k: number | string; v: unknown }> {
  const from = connector.dialect.scopedTable(schema, table);
  const text = connector.dialect.textType;
  const branches = columns.map(
    (column, i) =>
      sql`select k, v from (select ${sql.lit(i)} as k, cast(${sql.id(column)} as ${text}) as v from ${from} where ${sql.id(column)} is not null limit ${limit}) as ${sql.id(`s${i}`)}`,
  );
  return sql<{ k: number | string; v: unknown }>`${sql.join(branches, sql` union all `)}`;
}
