import type { Connector } from "../connectors/index.js";
import { mailSlug } from "./dutch.js";

/** A demo organisation as the tenants directory records it: the key its rows carry, a name and a contact. */
export interface DemoTenant {
  key: string;
  name: string;
  email: string;
}

/**
 * The demo's customers as tenants: every organisation of the demo database, by the id its contacts
 * and accounts carry as `organisation_id` (the tenant column), with a privacy address at the
 * organisation's own example domain, so a person referred to it is told where to go.
 */
export async function demoTenants(connector: Connector): Promise<DemoTenant[]> {
  const rows = await connector.db.selectFrom("organisations").select(["id", "name"]).orderBy("id").execute();
  return rows.map((row) => {
    const key = String(row.id);
    const name = String(row.name);
    return { key, name, email: `privacy@${mailSlug(name) || `klant${key}`}.example` };
  });
}
