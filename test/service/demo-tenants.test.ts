import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openConnector } from "../../src/connectors/open.js";
import { prepareDemoDatabase } from "../../src/service/demo-database.js";
import { seedDemoTenants } from "../../src/service/demo-tenants.js";
import { listTenants, setTenant } from "../../src/tenants/index.js";
import { tempStore } from "./helpers.js";

const now = () => new Date("2026-03-02T10:00:00Z");
let dir: string;
let url: string;
let store: Awaited<ReturnType<typeof tempStore>>;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "waarborg-demo-tenants-"));
  url = `sqlite:${join(dir, "demo.db")}`;
  // Twelve people: three organisations of four.
  await prepareDemoDatabase(url, 12);
  store = await tempStore();
});
afterEach(async () => {
  await store.remove();
  rmSync(dir, { recursive: true, force: true });
});

async function organisations(): Promise<{ id: number; name: string }[]> {
  const connector = await openConnector(url);
  try {
    return (await connector.db.selectFrom("organisations").select(["id", "name"]).orderBy("id").execute()) as {
      id: number;
      name: string;
    }[];
  } finally {
    await connector.close();
  }
}

describe("the demo's tenants", () => {
  it("records every organisation by the key its rows carry, with its name and a privacy address", async () => {
    expect(await seedDemoTenants(store.store, url, now)).toBe(3);
    const entries = await listTenants({ store: store.store });
    expect(entries.map((e) => [e.key, e.name])).toEqual((await organisations()).map((o) => [String(o.id), o.name]));
    for (const entry of entries) expect(entry.email).toMatch(/^privacy@[a-z0-9]+\.example$/);
  });

  it("adds nothing on a later start and leaves an entry changed since as it is", async () => {
    await seedDemoTenants(store.store, url, now);
    await setTenant({ store: store.store, now }, "2", { email: "dpo@changed.example" }, "operator");
    expect(await seedDemoTenants(store.store, url, now)).toBe(0);
    const entries = await listTenants({ store: store.store });
    expect(entries).toHaveLength(3);
    expect(entries.find((e) => e.key === "2")!.email).toBe("dpo@changed.example");
  });
});
