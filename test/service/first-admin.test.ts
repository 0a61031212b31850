import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkPassword } from "../../src/auth/passwords.js";
import { ensureFirstAdmin } from "../../src/service/first-admin.js";
import type { Store } from "../../src/store/open.js";
import { tempStore } from "./helpers.js";

let store: Store;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ store, remove } = await tempStore());
});
afterEach(() => remove());

describe("the first admin", () => {
  it("is created once, on an empty store, with an argon2 hash of a password shown only then", async () => {
    const now = new Date("2026-11-20T10:00:00.000Z");
    const first = await ensureFirstAdmin(store, "admin@waarborg.local", now);
    expect(first?.email).toBe("admin@waarborg.local");
    expect(first?.password.length).toBeGreaterThanOrEqual(20);
    const rows = await store.db.selectFrom("users").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ role: "admin", created_at: now.toISOString() });
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain(first!.password);
    expect(await checkPassword(rows[0]!.password_hash, first!.password)).toBe(true);
    expect(await ensureFirstAdmin(store, "admin@waarborg.local", now)).toBeUndefined();
    expect(await store.db.selectFrom("users").selectAll().execute()).toHaveLength(1);
  });

  it("writes the creation to the audit log without the address", async () => {
    await ensureFirstAdmin(store, "admin@waarborg.local", new Date());
    const audit = await store.db.selectFrom("audit_log").selectAll().execute();
    expect(audit.map((e) => e.action)).toEqual(["user.create"]);
    expect(JSON.stringify(audit)).not.toContain("admin@waarborg.local");
  });

  it("creates one account when two starts race on an empty store", async () => {
    const results = await Promise.all([
      ensureFirstAdmin(store, "admin@waarborg.local", new Date()),
      ensureFirstAdmin(store, "admin@waarborg.local", new Date()),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.db.selectFrom("users").selectAll().execute()).toHaveLength(1);
  });
});
