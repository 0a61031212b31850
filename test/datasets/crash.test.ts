import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../src/connectors/connector.js";
import { openConnector } from "../../src/connectors/open.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { createFixtureSchema, FIXTURE_REGISTER } from "./fixture.js";

/**
 * An erasure killed with SIGKILL in the middle of its transaction leaves the database as it was, and
 * running it again completes it. The kill is timed by watching PostgreSQL itself: it lands while the
 * erasing session is inside its transaction, not before or after.
 */
const PEOPLE_ROWS = 50_000;
const dir = mkdtempSync(join(tmpdir(), "waarborg-crash-"));
const registerFile = join(dir, "privacy.yaml");
const DATA_KEY = randomBytes(32).toString("base64");

function erase(url: string): ReturnType<typeof spawn> {
  return spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli/run.ts",
      "erase",
      "--register",
      registerFile,
      "--store",
      `sqlite:${join(dir, "store.db")}`,
      "--identity",
      "email=victim@example.nl",
    ],
    {
      env: {
        ...process.env,
        FIXTURE_DATABASE_URL: url,
        WAARBORG_MASKING_KEY: "crash-test-key-0123456789",
        WAARBORG_DATA_KEY: DATA_KEY,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

async function counts(db: Connector["db"]) {
  const one = async (q: Promise<{ n: unknown } | undefined>) => Number((await q)?.n);
  return {
    logins: await one(
      db
        .selectFrom("logins")
        .select(sql`count(*)`.as("n"))
        .executeTakeFirst(),
    ),
    unmaskedMessages: await one(
      db
        .selectFrom("messages")
        .select(sql`count(*)`.as("n"))
        .where("body", "is not", null)
        .executeTakeFirst(),
    ),
    victimEmail: await one(
      db
        .selectFrom("users")
        .select(sql`count(*)`.as("n"))
        .where("email", "=", "victim@example.nl")
        .executeTakeFirst(),
    ),
  };
}

describe("erasure killed half-way (PostgreSQL)", async () => {
  const run = await available("postgres");
  let database: TestDatabase;
  let connector: Connector;
  beforeAll(async () => {
    if (!run) return;
    writeFileSync(registerFile, FIXTURE_REGISTER);
    database = await createTestDatabase("postgres");
    connector = await openConnector(database.url);
    await createFixtureSchema(connector.db);
    await connector.db.insertInto("orgs").values({ id: 1, name: "Org" }).execute();
    await connector.db
      .insertInto("users")
      .values([
        { id: 1, org_id: 1, email: "victim@example.nl", name: "V", phone: null },
        { id: 2, org_id: 1, email: "other@example.nl", name: "O", phone: null },
      ])
      .execute();
    await sql`insert into tickets (id, user_id, subject, body) select g, 1, 's', 'b' from generate_series(1, ${PEOPLE_ROWS}) g`.execute(
      connector.db,
    );
    await sql`insert into messages (id, ticket_id, body) select g, g, 'm' from generate_series(1, ${PEOPLE_ROWS}) g`.execute(
      connector.db,
    );
    await sql`insert into logins (id, user_id, ip) select g, case when g % 2 = 0 then 1 else 2 end, '10.0.0.1' from generate_series(1, ${PEOPLE_ROWS * 2}) g`.execute(
      connector.db,
    );
  });
  afterAll(async () => {
    await connector?.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(run)("a SIGKILL inside the transaction changes nothing, and a second run completes", async () => {
    const before = await counts(connector.db);
    expect(before).toEqual({ logins: PEOPLE_ROWS * 2, unmaskedMessages: PEOPLE_ROWS, victimEmail: 1 });
    const child = erase(database.url);
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    const dbName = new URL(database.url).pathname.slice(1);
    let killed = false;
    for (let i = 0; i < 3000 && !killed; i++) {
      const busy = await sql<{
        n: string;
      }>`select count(*) as n from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid() and state in ('active', 'idle in transaction') and xact_start is not null and backend_xid is not null`.execute(
        connector.db,
      );
      if (Number(busy.rows[0]?.n) > 0) {
        child.kill("SIGKILL");
        killed = true;
      } else await new Promise((r) => setTimeout(r, 5));
    }
    await exited;
    expect(killed, "the erasure finished before it could be killed; make PEOPLE_ROWS larger").toBe(true);
    // Give PostgreSQL a moment to notice the dropped connection and roll back.
    for (let i = 0; i < 100; i++) {
      const open = await sql<{
        n: string;
      }>`select count(*) as n from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`.execute(
        connector.db,
      );
      if (Number(open.rows[0]?.n) === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await counts(connector.db)).toEqual(before);

    const again = erase(database.url);
    let output = "";
    again.stderr?.on("data", (chunk) => (output += String(chunk)));
    const code = await new Promise<number | null>((resolve) => again.on("exit", (c) => resolve(c)));
    expect(code, output).toBe(0);
    expect(await counts(connector.db)).toEqual({ logins: PEOPLE_ROWS, unmaskedMessages: 0, victimEmail: 0 });
  });
});
