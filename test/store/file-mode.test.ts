import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open.js";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("the SQLite store's files", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("are created readable and writable by the owner only: the database, its WAL and its shared memory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "waarborg-mode-"));
    dirs.push(dir);
    const path = join(dir, "new", "store.db");
    const store = await openStore({ url: `sqlite:${path}` });
    try {
      await migrateToLatest(store);
      expect([mode(path), mode(`${path}-wal`), mode(`${path}-shm`)]).toEqual([0o600, 0o600, 0o600]);
      expect(mode(join(dir, "new"))).toBe(0o700);
    } finally {
      await store.close();
    }
  });

  it("narrow a store file made readable to others before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "waarborg-mode-"));
    dirs.push(dir);
    const path = join(dir, "store.db");
    writeFileSync(path, "");
    chmodSync(path, 0o644);
    const store = await openStore({ url: `sqlite:${path}` });
    try {
      await migrateToLatest(store);
      expect([mode(path), mode(`${path}-wal`), mode(`${path}-shm`)]).toEqual([0o600, 0o600, 0o600]);
    } finally {
      await store.close();
    }
  });
});
