import { openConnector } from "../connectors/index.js";
import { demoTenants } from "../demo/index.js";
import type { Store } from "../store/index.js";
import { listTenants, setTenant } from "../tenants/index.js";

/**
 * Records the demo's organisations in the tenants directory, so a person whose contacts the demo
 * company holds for a customer is referred to that customer by name and privacy address. Only keys
 * the directory lacks are added: an entry changed since (`waarborg tenant set`, PUT /api/tenant) is
 * left as it is, and a later start adds nothing. Returns how many entries it added.
 */
export async function seedDemoTenants(store: Store, demoDatabaseUrl: string, now: () => Date): Promise<number> {
  const connector = await openConnector(demoDatabaseUrl);
  let tenants: Awaited<ReturnType<typeof demoTenants>>;
  try {
    tenants = await demoTenants(connector);
  } finally {
    await connector.close();
  }
  const known = new Set((await listTenants({ store })).map((entry) => entry.key));
  let added = 0;
  for (const tenant of tenants) {
    if (known.has(tenant.key)) continue;
    await setTenant({ store, now }, tenant.key, { name: tenant.name, email: tenant.email }, "system");
    added++;
  }
  return added;
}
