import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { entryHash, GENESIS } from "../../src/audit/chain.js";
import { AUDIT_HEAD_KEY, appendAudit, readAudit } from "../../src/audit/store.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "waarborg-checkpoint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
let store: Store;
let url: string;
let key: string;
beforeEach(async () => {
  counter += 1;
  url = `sqlite:${join(dir, `store-${counter}.db`)}`;
  store = await openStore({ url });
  await migrateToLatest(store);
  for (let i = 1; i <= 5; i++)
    await appendAudit(store, {
      actor: "system",
      action: "test.event",
      data: { n: i },
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    });
  key = join(dir, `keys-${counter}`, "audit.key");
  expect((await runCli(["audit", "keygen", "--out", key])).code).toBe(0);
});
afterEach(() => store.close());

async function checkpoint(): Promise<string> {
  const file = join(dir, `checkpoint-${counter}.json`);
  const made = await runCli(["audit", "checkpoint", "--store", url, "--key", key, "--out", file]);
  expect(made).toMatchObject({ code: 0, stdout: `signed the head at entry 5 into ${file}\n` });
  return file;
}

const verify = (file: string, publicKey = `${key}.pub`) =>
  runCli(["audit", "verify", "--store", url, "--checkpoint", file, "--public-key", publicKey]);

/** What someone who can write the store does to hide an edit: rewrite entry 2 and recompute the chain and head. */
async function recomputeFrom(seq: number): Promise<void> {
  const entries = await readAudit(store);
  let previous = entries[seq - 2]?.hash ?? GENESIS;
  for (const entry of entries.slice(seq - 1)) {
    const data = entry.seq === seq ? JSON.stringify({ n: 99 }) : entry.data;
    const hash = entryHash({ ...entry, data, prev_hash: previous });
    await store.db
      .updateTable("audit_log")
      .set({ data, prev_hash: previous, hash })
      .where("seq", "=", entry.seq)
      .execute();
    previous = hash;
  }
  const last = entries.at(-1)!;
  await store.db
    .updateTable("settings")
    .set({ value: JSON.stringify({ seq: last.seq, hash: previous }) })
    .where("key", "=", AUDIT_HEAD_KEY)
    .execute();
}

describe("signed audit checkpoints", () => {
  it("are made with a key written for its owner only, never over an existing key", async () => {
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(`${key}.pub`, "utf8")).toContain("BEGIN PUBLIC KEY");
    const again = await runCli(["audit", "keygen", "--out", key]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("exists already");
  });

  it("verify an intact log that still holds the signed head, also after more entries were written", async () => {
    const file = await checkpoint();
    const signed = JSON.parse(readFileSync(file, "utf8")) as { seq: number; hash: string };
    expect(signed.seq).toBe(5);
    expect(signed.hash).toBe((await readAudit(store)).at(-1)!.hash);
    await appendAudit(store, { actor: "system", action: "test.later" });
    const result = await verify(file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("contains the checkpoint signed at entry 5");
  });

  it("fail a log whose tail was cut off along with the recorded head", async () => {
    const file = await checkpoint();
    const entries = await readAudit(store);
    await sql`delete from audit_log where seq > 3`.execute(store.db);
    await store.db
      .updateTable("settings")
      .set({ value: JSON.stringify({ seq: 3, hash: entries[2]!.hash }) })
      .where("key", "=", AUDIT_HEAD_KEY)
      .execute();
    // The chain alone cannot tell: it is intact up to its new end.
    expect((await runCli(["audit", "verify", "--store", url])).code).toBe(0);
    const result = await verify(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the log ends at entry 3, but the checkpoint signed entry 5");
  });

  it("fail a log whose chain was recomputed after an edit", async () => {
    const file = await checkpoint();
    await recomputeFrom(2);
    expect((await runCli(["audit", "verify", "--store", url])).code).toBe(0);
    const result = await verify(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("entry 5 is not the entry the checkpoint signed");
  });

  it("fail an altered checkpoint or one checked with another key", async () => {
    const file = await checkpoint();
    const altered = join(dir, `altered-${counter}.json`);
    const signed = JSON.parse(readFileSync(file, "utf8")) as { seq: number };
    writeFileSync(altered, JSON.stringify({ ...signed, seq: 3 }));
    expect((await verify(altered)).stderr).toContain("signature does not verify");
    const other = join(dir, `other-${counter}`, "audit.key");
    await runCli(["audit", "keygen", "--out", other]);
    const result = await verify(file, `${other}.pub`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("signed with another key");
  });

  it("are refused for a damaged log, and a malformed checkpoint names its field", async () => {
    await sql`update audit_log set data = '{"n":7}' where seq = 2`.execute(store.db);
    const refused = await runCli(["audit", "checkpoint", "--store", url, "--key", key]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("no checkpoint signed");
    const bad = join(dir, `bad-${counter}.json`);
    writeFileSync(bad, JSON.stringify({ format: "waarborg-audit-checkpoint/1", seq: "five" }));
    const malformed = await verify(bad);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain(`the checkpoint ${bad}: seq must be a whole number from 0`);
  });

  it("take the signing key from the environment when no file is given", async () => {
    const previous = process.env.WAARBORG_AUDIT_SIGNING_KEY;
    process.env.WAARBORG_AUDIT_SIGNING_KEY = readFileSync(key, "utf8");
    try {
      const made = await runCli(["audit", "checkpoint", "--store", url]);
      expect(made.code).toBe(0);
      const file = join(dir, `env-${counter}.json`);
      writeFileSync(file, made.stdout);
      expect((await runCli(["audit", "verify", "--store", url, "--checkpoint", file])).code).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.WAARBORG_AUDIT_SIGNING_KEY;
      else process.env.WAARBORG_AUDIT_SIGNING_KEY = previous;
    }
  });
});
