import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { canonicalJson, entryHash } from "../../src/audit/chain.js";
import {
  AUDIT_HEAD_KEY,
  appendAudit,
  appendAuditBatchIn,
  appendAuditIn,
  auditJsonLines,
  readAudit,
  verifyStoredAudit,
} from "../../src/audit/store.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";
import { available, createTestDatabase, type TestDatabase } from "../helpers/databases.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCounter = 0;
async function sqliteStore(): Promise<{ store: Store; url: string }> {
  const url = `sqlite:${join(dir, `audit-${++fileCounter}.db`)}`;
  const store = await openStore({ url });
  await migrateToLatest(store);
  return { store, url };
}

async function fill(store: Store, n: number): Promise<void> {
  for (let i = 1; i <= n; i++)
    await appendAudit(store, {
      actor: i % 2 ? "system" : "user:u1",
      action: "request.transition",
      subjectType: "request",
      subjectId: `r${i % 3}`,
      data: { to: "verified", from: "verifying", n: i },
      at: new Date(Date.UTC(2026, 10, 22, 10, 0, i)),
    });
}

describe("audit log on the SQLite store", () => {
  let store: Store;
  let url: string;
  beforeEach(async () => {
    await store?.close();
    ({ store, url } = await sqliteStore());
  });
  afterAll(() => store?.close());

  it("numbers entries from 1, chains them and records the head", async () => {
    await fill(store, 5);
    const entries = await readAudit(store);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(entries[1]!.prev_hash).toBe(entries[0]!.hash);
    expect(entries[0]!.data).toBe(canonicalJson({ from: "verifying", n: 1, to: "verified" }));
    const head = await store.db
      .selectFrom("settings")
      .select("value")
      .where("key", "=", AUDIT_HEAD_KEY)
      .executeTakeFirst();
    expect(JSON.parse(head!.value)).toEqual({ seq: 5, hash: entries[4]!.hash });
    expect(await verifyStoredAudit(store)).toEqual({
      ok: true,
      checked: 5,
      problems: [],
      checkpointProblems: [],
      head: { seq: 5, hash: entries[4]!.hash },
    });
  });

  it("appends a batch in order under one head, chained like single entries", async () => {
    await fill(store, 2);
    const written = await store.db.transaction().execute((trx) =>
      appendAuditBatchIn(trx, store.dialect, [
        { actor: "system", action: "a" },
        { actor: "system", action: "b" },
        { actor: "system", action: "c" },
      ]),
    );
    expect(written.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(await store.db.transaction().execute((trx) => appendAuditBatchIn(trx, store.dialect, []))).toEqual([]);
    await appendAudit(store, { actor: "system", action: "d" });
    const entries = await readAudit(store);
    expect(entries.map((e) => e.action).slice(2)).toEqual(["a", "b", "c", "d"]);
    expect(entries[3]!.prev_hash).toBe(entries[2]!.hash);
    expect(await verifyStoredAudit(store)).toMatchObject({ ok: true, checked: 6, head: { seq: 6 } });
  });

  it("reads one subject's trail in order", async () => {
    await fill(store, 7);
    const trail = await readAudit(store, { subjectType: "request", subjectId: "r1" });
    expect(trail.map((e) => e.seq)).toEqual([1, 4, 7]);
  });

  it("an entry written in a transaction that rolls back is gone with it, and the chain goes on", async () => {
    await fill(store, 2);
    await expect(
      store.db.transaction().execute(async (trx) => {
        await appendAuditIn(trx, store.dialect, { actor: "system", action: "x" });
        throw new Error("the change it recorded failed");
      }),
    ).rejects.toThrow("failed");
    await appendAudit(store, { actor: "system", action: "y" });
    const entries = await readAudit(store);
    expect(entries.map((e) => [e.seq, e.action])).toEqual([
      [1, "request.transition"],
      [2, "request.transition"],
      [3, "y"],
    ]);
    expect((await verifyStoredAudit(store)).ok).toBe(true);
  });

  it("names an entry changed with SQL", async () => {
    await fill(store, 6);
    await store.db.updateTable("audit_log").set({ actor: "user:intruder" }).where("seq", "=", 4).execute();
    const result = await verifyStoredAudit(store);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ kind: "changed", seq: 4 }]);
  });

  it("names an entry removed from the middle", async () => {
    await fill(store, 6);
    await store.db.deleteFrom("audit_log").where("seq", "=", 3).execute();
    expect((await verifyStoredAudit(store)).problems).toEqual([{ kind: "removed", afterSeq: 2, missing: 1 }]);
  });

  it("names entries cut off the end, which the chain alone cannot show", async () => {
    await fill(store, 6);
    await store.db.deleteFrom("audit_log").where("seq", ">", 4).execute();
    expect((await verifyStoredAudit(store)).problems).toEqual([{ kind: "removed", afterSeq: 4, missing: 2 }]);
    // The next writer chains onto the recorded head, so the gap stays visible after more entries.
    await appendAudit(store, { actor: "system", action: "later" });
    expect((await readAudit(store)).at(-1)!.seq).toBe(7);
    expect((await verifyStoredAudit(store)).problems).toEqual([{ kind: "removed", afterSeq: 4, missing: 2 }]);
  });

  it("names two entries whose numbers were swapped, with the number each was written as", async () => {
    await fill(store, 6);
    await store.db.updateTable("audit_log").set({ seq: -1 }).where("seq", "=", 3).execute();
    await store.db.updateTable("audit_log").set({ seq: 3 }).where("seq", "=", 4).execute();
    await store.db.updateTable("audit_log").set({ seq: 4 }).where("seq", "=", -1).execute();
    expect((await verifyStoredAudit(store)).problems).toEqual([
      { kind: "moved", seq: 3, writtenAs: 4 },
      { kind: "moved", seq: 4, writtenAs: 3 },
    ]);
  });

  it("names a rewritten log whose last entry is not the one written last", async () => {
    await fill(store, 3);
    // Replace entry 3 with a forged one that hashes correctly and links to entry 2.
    const [, second] = await readAudit(store);
    const forged = {
      seq: 3,
      at: second!.at,
      actor: "system",
      action: "forged",
      subject_type: null,
      subject_id: null,
      data: "{}",
      prev_hash: second!.hash,
    };
    await store.db.deleteFrom("audit_log").where("seq", "=", 3).execute();
    await store.db
      .insertInto("audit_log")
      .values({ ...forged, hash: entryHash(forged) })
      .execute();
    expect((await verifyStoredAudit(store)).problems).toEqual([{ kind: "head-mismatch", seq: 3 }]);
  });

  it("exports JSON lines from which every hash can be recomputed", async () => {
    await fill(store, 4);
    const lines: string[] = [];
    for await (const line of auditJsonLines(store)) lines.push(line);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line.endsWith("\n")).toBe(true);
      const e = JSON.parse(line);
      expect(Object.keys(e)).toEqual([
        "seq",
        "at",
        "actor",
        "action",
        "subject_type",
        "subject_id",
        "data",
        "prev_hash",
        "hash",
      ]);
      expect(entryHash({ ...e, data: canonicalJson(e.data) })).toBe(e.hash);
    }
  });

  it("waarborg audit verify exits 0 on an intact log and 1 naming the changed entry", async () => {
    await fill(store, 5);
    const intact = await runCli(["audit", "verify", "--store", url]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^audit log intact: 5 entries; last entry 5, hash [0-9a-f]{64}\n$/);
    await sql`update audit_log set data = '{"to":"completed"}' where seq = 2`.execute(store.db);
    const broken = await runCli(["audit", "verify", "--store", url]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("entry 2 was changed after it was written");
    expect(broken.stderr).toContain("audit log NOT intact: 1 problem(s) in 5 entries");
  });

  it("waarborg audit verify names removed and swapped entries", async () => {
    await fill(store, 6);
    await sql`delete from audit_log where seq = 2`.execute(store.db);
    await sql`update audit_log set seq = -1 where seq = 5`.execute(store.db);
    await sql`update audit_log set seq = 5 where seq = 6`.execute(store.db);
    await sql`update audit_log set seq = 6 where seq = -1`.execute(store.db);
    const result = await runCli(["audit", "verify", "--store", url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("1 entry missing after entry 1");
    expect(result.stderr).toContain("entry 5 was written as entry 6");
    expect(result.stderr).toContain("entry 6 was written as entry 5");
  });

  it("waarborg audit export writes JSON lines to stdout or a file", async () => {
    await fill(store, 3);
    const out = await runCli(["audit", "export", "--store", url]);
    expect(out.code).toBe(0);
    expect(
      out.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).seq),
    ).toEqual([1, 2, 3]);
    const file = join(dir, "nested", "audit.jsonl");
    const written = await runCli(["audit", "export", "--store", url, "--out", file]);
    expect(written).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(file, "utf8")).toBe(out.stdout);
  });
});

const postgres = await available("postgres");

describe.runIf(postgres)("audit log on the PostgreSQL store", () => {
  let database: TestDatabase;
  let store: Store;
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("writers racing for the next number all land, in one unbroken chain", async () => {
    database = await createTestDatabase("postgres");
    store = await openStore({ url: database.url, poolSize: 8 });
    await migrateToLatest(store);
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => appendAudit(store, { actor: "worker", action: "race", data: { i } })),
    );
    const entries = await readAudit(store);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => JSON.parse(e.data).i)).size).toBe(60);
    expect(await verifyStoredAudit(store)).toMatchObject({ ok: true, checked: 60 });
  });

  it("names a changed and a removed entry", async () => {
    await store.db.updateTable("audit_log").set({ action: "other" }).where("seq", "=", 10).execute();
    await store.db.deleteFrom("audit_log").where("seq", "=", 20).execute();
    expect((await verifyStoredAudit(store)).problems).toEqual([
      { kind: "changed", seq: 10 },
      { kind: "removed", afterSeq: 19, missing: 1 },
    ]);
  });
});
