import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dialect } from "../../src/connectors/connector.js";

/**
 * The databases the integration suites run against, in the manner of one suite for every database:
 * WAARBORG_TEST_DBS=postgres,mysql,sqlite selects them (all three by default). A server that is not
 * running makes its suite skip with a loud notice, except under CI=true, where it fails the run.
 */
export const ADMIN_URLS: Record<Exclude<Dialect, "sqlite">, string> = {
  postgres: process.env.WAARBORG_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test",
  mysql: process.env.WAARBORG_TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test",
};

export function dialectsUnderTest(): Dialect[] {
  const wanted = (process.env.WAARBORG_TEST_DBS ?? "postgres,mysql,sqlite").split(",").map((s) => s.trim());
  return wanted.filter((d): d is Dialect => d === "postgres" || d === "mysql" || d === "sqlite");
}

export interface TestDatabase {
  dialect: Dialect;
  url: string;
  drop(): Promise<void>;
}

async function reachable(dialect: Dialect): Promise<boolean> {
  if (dialect === "sqlite") return true;
  try {
    if (dialect === "postgres") {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: ADMIN_URLS.postgres, connectionTimeoutMillis: 2000 });
      await client.connect();
      await client.end();
    } else {
      const mysql = await import("mysql2/promise");
      const conn = await mysql.createConnection({ uri: ADMIN_URLS.mysql, connectTimeout: 2000 });
      await conn.end();
    }
    return true;
  } catch {
    return false;
  }
}

const availability = new Map<Dialect, Promise<boolean>>();

/** Whether the suite for `dialect` should run; prints the notice or throws under CI. */
export async function available(dialect: Dialect): Promise<boolean> {
  let known = availability.get(dialect);
  if (!known) {
    known = reachable(dialect);
    availability.set(dialect, known);
  }
  if (await known) return true;
  const message = `${dialect} is not reachable at ${dialect === "sqlite" ? "" : ADMIN_URLS[dialect]}`;
  if (process.env.CI === "true") throw new Error(`${message}: integration suites are mandatory under CI=true`);
  console.warn(`\n!!! SKIPPING ${dialect} integration tests: ${message} !!!\n`);
  return false;
}

/** A fresh, empty database of its own for one suite, so parallel suites never see each other's rows. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const name = `wb_${randomBytes(5).toString("hex")}`;
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "waarborg-sqlite-"));
    return {
      dialect,
      url: `sqlite:${join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (dialect === "postgres") {
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: ADMIN_URLS.postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URLS.postgres);
    url.pathname = `/${name}`;
    return {
      dialect,
      url: url.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: ADMIN_URLS.postgres });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const mysql = await import("mysql2/promise");
  const admin = await mysql.createConnection({ uri: ADMIN_URLS.mysql });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const url = new URL(ADMIN_URLS.mysql);
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString(),
    drop: async () => {
      const c = await mysql.createConnection({ uri: ADMIN_URLS.mysql });
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    },
  };
}
