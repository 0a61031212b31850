import { type Kysely, sql } from "kysely";
import { type TableColumns, toMap } from "./columns.js";
import type { ForeignKeyRow, KeyRows, PrimaryKeyRow } from "./keys.js";

/**
 * Primary and foreign keys of one PostgreSQL schema from pg_catalog. information_schema would join
 * constraints by name, and PostgreSQL allows two tables in a schema to have constraints of the same
 * name; pg_constraint keys them by table instead.
 */
// any: catalog queries run on any company database.
export async function postgresKeys(db: Kysely<any>, schema: string): Promise<KeyRows> {
  const primary = await sql<PrimaryKeyRow>`
    select t.relname as "table", a.attname as "column", k.ord::int as "position"
    from pg_catalog.pg_constraint c
    join pg_catalog.pg_class t on t.oid = c.conrelid
    join pg_catalog.pg_namespace n on n.oid = t.relnamespace
    cross join lateral unnest(c.conkey) with ordinality as k(att, ord)
    join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.att
    where c.contype = 'p' and n.nspname = ${schema}
    order by 1, 3`.execute(db);
  const foreign = await sql<ForeignKeyRow>`
    select child.relname as "table", c.conname as "key", a.attname as "column", k.ord::int as "position",
      parent.relname as "parentTable", pa.attname as "parentColumn"
    from pg_catalog.pg_constraint c
    join pg_catalog.pg_class child on child.oid = c.conrelid
    join pg_catalog.pg_namespace n on n.oid = child.relnamespace
    join pg_catalog.pg_class parent on parent.oid = c.confrelid
    join pg_catalog.pg_namespace pn on pn.oid = parent.relnamespace
    cross join lateral unnest(c.conkey, c.confkey) with ordinality as k(child_att, parent_att, ord)
    join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.child_att
    join pg_catalog.pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = k.parent_att
    where c.contype = 'f' and n.nspname = ${schema} and pn.nspname = ${schema}
    order by 1, 2, 4`.execute(db);
  return { primaryKeys: primary.rows, foreignKeys: foreign.rows };
}

/** The columns of one table in a PostgreSQL schema. */
export async function postgresColumns(db: Kysely<any>, table: string, schema: string): Promise<TableColumns> {
  // pg_catalog rather than information_schema: the view costs tens of milliseconds a table, and an
  // erasure reads every table it touches before its first write.
  const { rows } = await sql<{ name: string; nullable: boolean; type: string; length: number | null }>`
    select a.attname as name, not a.attnotnull as nullable, t.typname as type,
      case when t.typname in ('varchar', 'bpchar') and a.atttypmod > 4 then a.atttypmod - 4 end as length
    from pg_catalog.pg_attribute a
    join pg_catalog.pg_class c on c.oid = a.attrelid
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    join pg_catalog.pg_type t on t.oid = a.atttypid
    where n.nspname = ${schema} and c.relname = ${table} and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`.execute(
    db,
  );
  return toMap(rows);
}
