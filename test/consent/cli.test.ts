import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { bannerBundle, confirmSubscription, keepConfigs, recordConsent, subscribe } from "../../src/consent/index.js";
import { OutboxMailer, listOutbox } from "../../src/mail/outbox.js";
import { DEMO_REGISTER } from "../../src/service/config.js";
import { openStore } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";
import { consentService } from "./harness.js";

describe("waarborg consent", () => {
  let dir: string;
  let url: string;
  let consentId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "waarborg-consent-cli-"));
    url = `sqlite:${join(dir, "store.db")}`;
    expect((await runCli(["migrate", "--store", url])).code).toBe(0);
    const service = await consentService("sqlite");
    await service.close();
    const store = await openStore({ url });
    const ctx = { ...service.ctx, store };
    const bundle = bannerBundle(ctx.register, ctx.publicUrl);
    await keepConfigs(store, bundle, new Date());
    consentId = (
      await recordConsent(
        ctx,
        { config: bundle.configs.en!.hash, action: "accept_all" },
        { origin: "", gpcHeader: false },
      )
    ).id;
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("seals what waits, verifies it, and writes the proof of a consent id", async () => {
    const sealed = await runCli(["consent", "seal", "--store", url]);
    expect(sealed).toMatchObject({ code: 0, stdout: "sealed 1 record(s) in 1 segment(s)\n" });
    expect(await runCli(["consent", "verify", "--store", url])).toMatchObject({
      code: 0,
      stdout: "consent records intact: 1 records\n",
    });
    const out = join(dir, "proof.json");
    expect((await runCli(["consent", "proof", consentId, "--store", url, "-o", out])).code).toBe(0);
    const proof = JSON.parse(readFileSync(out, "utf8")) as { intact: boolean; sealed: boolean; records: unknown[] };
    expect(proof).toMatchObject({ intact: true, sealed: true });
    expect(proof.records).toHaveLength(1);
    const unknown = await runCli(["consent", "proof", "00000000-0000-4000-8000-000000000000", "--store", url]);
    expect(unknown).toMatchObject({ code: 1, stderr: "waarborg: no consent record with this id\n" });
  });

  it("exits 1 and names the record when one was changed", async () => {
    const store = await openStore({ url });
    await sql`drop trigger consent_records_no_update`.execute(store.db);
    await store.db.updateTable("consent_records").set({ action: "reject_all" }).execute();
    await store.close();
    const result = await runCli(["consent", "verify", "--store", url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("consent record 1 was changed after it was written");
  });
});

describe("waarborg subscribers export", () => {
  it("writes the confirmed addresses with their unsubscribe links and RFC 8058 headers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "waarborg-subscribers-cli-"));
    const url = `sqlite:${join(dir, "store.db")}`;
    const key = randomBytes(32);
    const saved = { key: process.env.WAARBORG_DATA_KEY, url: process.env.WAARBORG_PUBLIC_URL };
    try {
      expect((await runCli(["migrate", "--store", url])).code).toBe(0);
      const service = await consentService("sqlite");
      await service.close();
      const store = await openStore({ url });
      const ctx = {
        ...service.ctx,
        store,
        keys: { data: key },
        mailer: new OutboxMailer(store),
        publicUrl: "https://privacy.klantwijs.example",
      };
      for (const email of ["eva@example.nl", "fien@example.nl"]) {
        await subscribe(ctx, { purpose: "newsletter", email, lang: "nl" });
        const [mail] = await listOutbox(store, { to: email });
        await confirmSubscription(ctx, /\/subscribe\/confirm\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!, "subscriber");
      }
      // The second one only asked, never confirmed: not exported.
      await subscribe(ctx, { purpose: "newsletter", email: "gijs@example.nl", lang: "en" });
      await store.close();

      process.env.WAARBORG_DATA_KEY = key.toString("base64");
      process.env.WAARBORG_PUBLIC_URL = "https://privacy.klantwijs.example";
      const out = join(dir, "newsletter.csv");
      const args = ["subscribers", "export", "--purpose", "newsletter", "--store", url, "--register", DEMO_REGISTER];
      const result = await runCli([...args, "-o", out]);
      expect(result).toMatchObject({ code: 0, stderr: "2 subscriber(s) for newsletter\n" });
      const lines = readFileSync(out, "utf8")
        .replace(/^\ufeff/, "")
        .trim()
        .split("\r\n");
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(
        /^eva@example\.nl,nl,[^,]+,https:\/\/privacy\.klantwijs\.example\/unsubscribe\/[\w-]+,<https:[^>]+>,List-Unsubscribe=One-Click$/,
      );
      const unknown = await runCli([
        "subscribers",
        "export",
        "--purpose",
        "analytics",
        "--store",
        url,
        "--register",
        DEMO_REGISTER,
      ]);
      expect(unknown).toMatchObject({ code: 1, stderr: "waarborg: not a purpose one subscribes to by e-mail\n" });
    } finally {
      if (saved.key === undefined) delete process.env.WAARBORG_DATA_KEY;
      else process.env.WAARBORG_DATA_KEY = saved.key;
      if (saved.url === undefined) delete process.env.WAARBORG_PUBLIC_URL;
      else process.env.WAARBORG_PUBLIC_URL = saved.url;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
