import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openConnector } from "../../src/connectors/open.js";
import { prepareDemoDatabase } from "../../src/service/demo-database.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "waarborg-demo-db-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function userCount(url: string): Promise<number> {
  const connector = await openConnector(url);
  try {
    const rows = await connector.db.selectFrom("users").select("id").execute();
    return rows.length;
  } finally {
    await connector.close();
  }
}

describe("the demo database", () => {
  it("is created and seeded on first start, in a folder it makes", async () => {
    const url = `sqlite:${join(dir, "nested", "demo.db")}`;
    expect(await prepareDemoDatabase(url, 12)).toEqual({ seeded: true, subjects: 12 });
    expect(await userCount(url)).toBe(12);
  });

  it("is left as it is on later starts, so what requests changed survives", async () => {
    const url = `sqlite:${join(dir, "demo.db")}`;
    await prepareDemoDatabase(url, 12);
    const connector = await openConnector(url);
    await connector.db.deleteFrom("login_events").execute();
    await connector.close();
    expect(await prepareDemoDatabase(url, 12)).toEqual({ seeded: false, subjects: 12 });
    const again = await openConnector(url);
    expect(await again.db.selectFrom("login_events").select("id").execute()).toEqual([]);
    await again.close();
  });
});
