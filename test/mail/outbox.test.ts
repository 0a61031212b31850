import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOutbox, OutboxMailer } from "../../src/mail/outbox.js";
import { migrateToLatest } from "../../src/store/migrate.js";
import { openStore, type Store } from "../../src/store/open.js";

describe("outbox mailer", () => {
  const dir = mkdtempSync(join(tmpdir(), "waarborg-outbox-"));
  let store: Store;
  let clock = Date.UTC(2026, 10, 22, 9, 0, 0);
  beforeAll(async () => {
    store = await openStore({ url: `sqlite:${join(dir, "s.db")}` });
    await migrateToLatest(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes each message to the outbox, undelivered, as sent", async () => {
    const mailer = new OutboxMailer(store, () => new Date(clock++));
    await mailer.send({ to: "Jan@Example.nl", subject: "Eerste", text: "tekst\n", html: "<p>tekst</p>", lang: "nl" });
    await mailer.send({
      to: "piet@example.nl",
      subject: "Second",
      text: "text\n",
      lang: "en",
      headers: { "X-A": "1" },
    });
    await mailer.send({ to: "Jan@Example.nl", subject: "Derde", text: "meer\n", lang: "nl" });
    const all = await listOutbox(store);
    expect(all.map((m) => m.subject)).toEqual(["Derde", "Second", "Eerste"]);
    expect(all[2]).toMatchObject({
      to_address: "Jan@Example.nl",
      text: "tekst\n",
      html: "<p>tekst</p>",
      lang: "nl",
      sent_at: null,
      error: null,
      created_at: "2026-11-22T09:00:00.000Z",
    });
    expect(all[1]!.html).toBeNull();
    expect(new Set(all.map((m) => m.id)).size).toBe(3);
  });

  it("lists one address's messages, with paging", async () => {
    const jan = await listOutbox(store, { to: "Jan@Example.nl" });
    expect(jan.map((m) => m.subject)).toEqual(["Derde", "Eerste"]);
    expect((await listOutbox(store, { limit: 1, offset: 1 })).map((m) => m.subject)).toEqual(["Second"]);
  });
});
