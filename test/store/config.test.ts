import { describe, expect, it } from "vitest";
import { DEFAULT_STORE_URL, resolveStoreUrl, StoreConfigError } from "../../src/store/config.js";
import { storeDialectOf } from "../../src/store/open.js";

describe("the store URL", () => {
  it("takes --store first, then DATABASE_URL, then the SQLite default", () => {
    const env = { DATABASE_URL: "postgres://u:secret@db/waarborg" };
    expect(resolveStoreUrl({ store: "sqlite:/data/w.db" }, env)).toBe("sqlite:/data/w.db");
    expect(resolveStoreUrl({}, env)).toBe("postgres://u:secret@db/waarborg");
    expect(resolveStoreUrl({}, {})).toBe(DEFAULT_STORE_URL);
  });

  it("reads a named variable, and says so when that variable is not set", () => {
    expect(resolveStoreUrl({ databaseUrlEnv: "STORE_URL" }, { STORE_URL: "postgres://h/x" })).toBe("postgres://h/x");
    expect(() => resolveStoreUrl({ databaseUrlEnv: "STORE_URL" }, {})).toThrow(/STORE_URL is not set/);
  });

  it("refuses a PostgreSQL URL on the command line, without repeating it", () => {
    const attempt = () => resolveStoreUrl({ store: "postgres://u:secret@db/waarborg" }, {});
    expect(attempt).toThrow(StoreConfigError);
    expect(attempt).toThrow(/environment/);
    expect(attempt).not.toThrow(/secret/);
  });

  it("names the dialect, and rejects other URLs without echoing them", () => {
    expect(storeDialectOf("sqlite:x.db").name).toBe("sqlite");
    expect(storeDialectOf("postgresql://h/db").name).toBe("postgres");
    expect(() => storeDialectOf("mysql://u:secret@h/db")).toThrow(/expected sqlite/);
    expect(() => storeDialectOf("mysql://u:secret@h/db")).not.toThrow(/secret/);
  });
});
