import pg from "pg";
import { ADMIN_URLS, type TestDatabase } from "./databases.js";

/**
 * Drops a test database once its connections are gone. pg-pool's end() resolves before the server has
 * seen its connections close; a forced drop in that moment terminates them, and the FATAL message
 * arrives on a pool that has no error listener left, which crashes the process. So: wait until the
 * server lists no backend for the database (five seconds at most), then drop.
 */
export async function dropQuietly(database: TestDatabase): Promise<void> {
  const name = new URL(database.url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: ADMIN_URLS.postgres });
  await admin.connect();
  try {
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const { rows } = await admin.query("select count(*) as n from pg_stat_activity where datname = $1", [name]);
      if (Number(rows[0].n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await admin.end();
  }
  await database.drop();
}
