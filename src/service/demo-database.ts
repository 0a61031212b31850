import { openConnector } from "../connectors/index.js";
import { createDemoSchema, seedDemo } from "../demo/index.js";

export interface DemoDatabaseResult {
  /** True when this call created and filled the database: the first start. */
  seeded: boolean;
  subjects: number;
}

/**
 * Makes sure the demo database exists: its tables are created and filled with `subjects` people the
 * first time, and left exactly as they are afterwards, so what requests changed (erasures, restrictions)
 * survives a restart.
 */
export async function prepareDemoDatabase(url: string, subjects: number, seed = 1): Promise<DemoDatabaseResult> {
  const connector = await openConnector(url, { createFolder: true });
  try {
    await createDemoSchema(connector);
    const someone = await connector.db.selectFrom("users").select("id").limit(1).execute();
    if (someone.length > 0) return { seeded: false, subjects };
    await seedDemo(connector, { subjects, seed, method: "rows" });
    return { seeded: true, subjects };
  } finally {
    await connector.close();
  }
}
