import type { Connector } from "../../connectors/index.js";
import { type ClassifyOptions, type ColumnGuess, classifyColumn } from "./classify.js";
import { introspect } from "./introspect.js";
import type { ColumnShape, DatabaseShape, ForeignKeyShape } from "./model.js";
import { CONTENT_KINDS, type ContentKind, ratio } from "./profile.js";
import { type Profiles, type SampleOptions, sampleProfiles } from "./sample.js";
import { type TableKind, tableKind } from "./tables.js";

export interface ColumnFinding extends ColumnShape {
  primaryKey: boolean;
  /** The parent column of a single-column foreign key. */
  references?: { table: string; column: string };
  /** Values read; absent when the column was not sampled. */
  sampled?: number;
  /** Share of sampled values that passed each check, where any did. */
  matches?: Partial<Record<ContentKind, number>>;
  guess: ColumnGuess;
}

export interface TableFinding {
  name: string;
  kind?: TableKind;
  primaryKey: string[];
  foreignKeys: ForeignKeyShape[];
  columns: ColumnFinding[];
  /** Some column got a category guess. */
  personal: boolean;
}

export interface Discovery {
  dialect: DatabaseShape["dialect"];
  schema?: string;
  tables: TableFinding[];
}

export interface DiscoverOptions extends SampleOptions, ClassifyOptions {
  schema?: string;
}

/** Introspects, samples and classifies a database. */
export async function discover(connector: Connector, options: DiscoverOptions = {}): Promise<Discovery> {
  const shape = await introspect(connector, options.schema);
  const profiles = await sampleProfiles(connector, shape, options);
  return classifyDatabase(shape, profiles, options);
}

/** The classification step on its own: structure plus content counts in, findings out. */
export function classifyDatabase(shape: DatabaseShape, profiles: Profiles, options: ClassifyOptions = {}): Discovery {
  const tables = shape.tables.map((table): TableFinding => {
    const kind = tableKind(table.name);
    const columns = table.columns.map((column): ColumnFinding => {
      const profile = profiles.get(table.name)?.get(column.name);
      const finding: ColumnFinding = {
        ...column,
        primaryKey: table.primaryKey.includes(column.name),
        guess: classifyColumn(table.name, column, profile, options),
      };
      const fk = table.foreignKeys.find((key) => key.columns.length === 1 && key.columns[0] === column.name);
      if (fk) finding.references = { table: fk.parentTable, column: fk.parentColumns[0] as string };
      if (profile) {
        finding.sampled = profile.sampled;
        const matches: Partial<Record<ContentKind, number>> = {};
        for (const k of CONTENT_KINDS) {
          if (profile.matches[k]) matches[k] = Math.round(ratio(profile, k) * 1000) / 1000;
        }
        if (Object.keys(matches).length > 0) finding.matches = matches;
      }
      return finding;
    });
    return {
      name: table.name,
      ...(kind ? { kind } : {}),
      primaryKey: table.primaryKey,
      foreignKeys: table.foreignKeys,
      columns,
      personal: columns.some((c) => c.guess.category !== undefined),
    };
  });
  return shape.schema === undefined
    ? { dialect: shape.dialect, tables }
    : { dialect: shape.dialect, schema: shape.schema, tables };
}
