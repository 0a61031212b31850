import type { Kysely, Migration } from "kysely";

/*
 * Processor mode: a token may belong to one customer (tenant) of the company, and a request that
 * token files records the tenant, so the engine reaches only that tenant's rows and only that
 * token's tenant can follow the request. NULL: the company's own token and request, as before.
 */

// any: migrations run against the schema as it was, not as schema.ts describes it today.
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("api_tokens").addColumn("tenant", "text").execute();
  await db.schema.alterTable("requests").addColumn("tenant", "text").execute();
}

async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("requests").dropColumn("tenant").execute();
  await db.schema.alterTable("api_tokens").dropColumn("tenant").execute();
}

export function tokenTenants(): Migration {
  return { up, down };
}
