import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Register } from "../../src/register/schema/register.js";
import {
  archivedStatement,
  recordStatementVersion,
  statementKey,
  statementVersions,
} from "../../src/statement/archive.js";
import { buildStatement } from "../../src/statement/index.js";
import type { Store } from "../../src/store/open.js";
import { demoRegister, tempStore } from "../service/helpers.js";

let store: Store;
let remove: () => Promise<void>;
let demo: Register;
beforeEach(async () => {
  ({ store, remove } = await tempStore());
  demo = await demoRegister();
});
afterEach(() => remove());

const withVersion = (register: Register, version: string, effective: string): Register => ({
  ...register,
  statement: { ...register.statement, version, effective_date: effective },
});

describe("the statement archive", () => {
  it("records the register's version with the document in both languages", async () => {
    const at = new Date("2026-11-20T10:00:00.000Z");
    expect(await recordStatementVersion(store, demo, at)).toBe(true);
    expect(await statementVersions(store)).toEqual([
      { key: "3.0", version: "3.0", effectiveDate: "2026-11-01", recordedAt: at.toISOString() },
    ]);
    for (const lang of ["nl", "en"] as const) {
      const doc = await archivedStatement(store, "3.0", lang);
      const built = buildStatement(demo, lang);
      expect(doc?.title).toBe(built.title);
      expect(doc?.sections).toEqual(built.sections);
      expect(doc?.labels).toEqual({ contents: built.labels.contents });
    }
  });

  it("adds nothing on a restart with the same version", async () => {
    await recordStatementVersion(store, demo, new Date("2026-11-20T10:00:00.000Z"));
    expect(await recordStatementVersion(store, demo, new Date("2026-11-21T10:00:00.000Z"))).toBe(false);
    expect(await statementVersions(store)).toHaveLength(1);
  });

  it("keeps earlier versions as they were published, newest first", async () => {
    const old = withVersion(demo, "2.0", "2025-01-01");
    await recordStatementVersion(store, old, new Date("2025-01-01T08:00:00.000Z"));
    const renamed: Register = {
      ...demo,
      organization: { ...demo.organization, name: "Hernoemd B.V." },
    };
    await recordStatementVersion(store, renamed, new Date("2026-11-20T10:00:00.000Z"));
    expect((await statementVersions(store)).map((v) => v.version)).toEqual(["3.0", "2.0"]);
    const earlier = JSON.stringify(await archivedStatement(store, "2.0", "nl"));
    const current = JSON.stringify(await archivedStatement(store, "3.0", "nl"));
    expect(earlier).not.toContain("Hernoemd B.V.");
    expect(current).toContain("Hernoemd B.V.");
  });

  it("files a statement without version or date under its text, one entry per distinct text", async () => {
    const { version: _v, effective_date: _d, ...rest } = demo.statement;
    const unnumbered: Register = { ...demo, statement: rest };
    const first = new Date("2026-11-20T10:00:00.000Z");
    expect(await recordStatementVersion(store, unnumbered, first)).toBe(true);
    expect(await recordStatementVersion(store, unnumbered, new Date("2026-11-21T10:00:00.000Z"))).toBe(false);
    const key = statementKey(unnumbered);
    expect(key).toMatch(/^unnumbered-[0-9a-f]{12}$/);
    expect(await statementVersions(store)).toEqual([{ key, recordedAt: first.toISOString() }]);
    const nl = await archivedStatement(store, key, "nl");
    expect(nl?.title).toBe(buildStatement(unnumbered, "nl").title);
    expect(nl?.subtitle).toBeUndefined();

    const renamed: Register = { ...unnumbered, organization: { ...demo.organization, name: "Hernoemd B.V." } };
    expect(await recordStatementVersion(store, renamed, new Date("2026-12-01T10:00:00.000Z"))).toBe(true);
    const keys = (await statementVersions(store)).map((v) => v.key);
    expect(keys).toEqual([statementKey(renamed), key]);
    expect(JSON.stringify(await archivedStatement(store, key, "en"))).not.toContain("Hernoemd B.V.");
  });

  it("orders a numbered version after an unnumbered one published later", async () => {
    await recordStatementVersion(store, withVersion(demo, "2.0", "2025-01-01"), new Date("2025-01-01T08:00:00Z"));
    const { version: _v, effective_date: _d, ...rest } = demo.statement;
    const unnumbered: Register = { ...demo, statement: rest };
    await recordStatementVersion(store, unnumbered, new Date("2026-11-20T10:00:00Z"));
    expect((await statementVersions(store)).map((v) => v.version ?? "none")).toEqual(["none", "2.0"]);
  });

  it("reads an archive written before entries had a key", async () => {
    const old = [{ version: "2.0", effectiveDate: "2025-01-01", recordedAt: "2025-01-01T08:00:00.000Z" }];
    await store.db
      .insertInto("settings")
      .values({ key: "statement.versions", value: JSON.stringify(old) })
      .execute();
    expect(await statementVersions(store)).toEqual([{ key: "2.0", ...old[0] }]);
    await recordStatementVersion(store, demo, new Date("2026-11-20T10:00:00Z"));
    expect((await statementVersions(store)).map((v) => v.key)).toEqual(["3.0", "2.0"]);
  });

  it("answers undefined for a version it never published", async () => {
    expect(await archivedStatement(store, "9.9", "en")).toBeUndefined();
    expect(await statementVersions(store)).toEqual([]);
  });
});
