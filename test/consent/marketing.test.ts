import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endSubscriptions, sendMarketing, subscribe, subscribers, subscribersCsv } from "../../src/consent/index.js";
import { type ConsentService, consentService, KeepingMailer } from "./harness.js";

type Service = ConsentService;

const linkIn = (text: string, path: string) =>
  new RegExp(`http://privacy\\.test${path.replace(/\//g, "\\/")}([A-Za-z0-9_-]+)`).exec(text)?.[1];

const NEWS = {
  subject: { nl: "Nieuws van Klantwijs", en: "News from Klantwijs" },
  body: { nl: ["Dit is ons nieuws."], en: ["This is our news."] },
};

describe("marketing subscriptions", () => {
  let service: Service;
  const mail = new KeepingMailer();
  let clock = Date.parse("2026-03-02T09:00:00Z");

  beforeAll(async () => {
    service = await consentService("sqlite", undefined, { now: () => new Date(clock), mailer: mail });
  });
  afterAll(async () => service?.close());

  const form = (lang: "nl" | "en", fields: Record<string, string>) =>
    service.app.inject({
      method: "POST",
      url: `/${lang}/subscribe`,
      payload: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });

  /** Subscribes through the form and follows the link in the mail by its button; returns the confirmation token. */
  async function subscribed(email: string): Promise<string> {
    const sent = await form("en", { purpose: "newsletter", email });
    expect(sent.statusCode).toBe(200);
    const token = linkIn(mail.to(email).at(-1)!.text, "/subscribe/confirm/")!;
    const page = await service.app.inject({ url: `/subscribe/confirm/${token}?lang=en` });
    // Opening the link changes nothing (mail scanners open links); the button does.
    expect(page.body).toContain("Yes, subscribe me");
    expect((await subscribers(service.ctx, "newsletter")).map((s) => s.email)).not.toContain(email);
    const confirmed = await service.app.inject({ method: "POST", url: `/subscribe/confirm/${token}?lang=en` });
    expect(confirmed.body).toContain("Your subscription is confirmed.");
    return token;
  }

  it("sends nothing until the address owner confirms the link in the mail (double opt-in)", async () => {
    await subscribed("ada@example.nl");
    const [mine] = (await subscribers(service.ctx, "newsletter")).filter((s) => s.email === "ada@example.nl");
    expect(mine).toMatchObject({ email: "ada@example.nl", lang: "en", confirmedAt: "2026-03-02T09:00:00.000Z" });
    // The link carries a token, never the address.
    expect(mine!.unsubscribeUrl).toMatch(/^http:\/\/privacy\.test\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    expect(mine!.unsubscribeUrl).not.toContain("ada");
    const stored = await service.store.db.selectFrom("subscriptions").selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain("ada@example.nl");
  });

  it("puts an unsubscribe link and RFC 8058's one-click headers on every message", async () => {
    await subscribed("bram@example.nl");
    mail.sent.splice(0);
    expect(await sendMarketing(service.ctx, "newsletter", NEWS)).toBe(2);
    expect(mail.sent).toHaveLength(2);
    for (const message of mail.sent) {
      const url = /<(http:\/\/privacy\.test\/unsubscribe\/[A-Za-z0-9_-]+)>/.exec(
        message.headers!["List-Unsubscribe"]!,
      )![1]!;
      expect(message.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(message.text).toContain(url);
      expect(message.html).toContain(`href="${url}"`);
      expect(message.text).toContain("This is our news.");
    }
    const csv = subscribersCsv(await subscribers(service.ctx, "newsletter"));
    // A byte-order mark first, so spreadsheet programs read UTF-8.
    expect(csv.replace(/^\ufeff/, "").split("\r\n")[0]).toBe("email,lang,confirmed_at,unsubscribe_url,list_unsubscribe,list_unsubscribe_post");
    expect(csv).toContain("List-Unsubscribe=One-Click");
  });

  it("unsubscribes in one click, and never mails the address again", async () => {
    const url = (await subscribers(service.ctx, "newsletter")).find(
      (s) => s.email === "bram@example.nl",
    )!.unsubscribeUrl;
    const path = new URL(url).pathname;
    const page = await service.app.inject({ url: path });
    expect(page.body).toContain("Wilt u deze berichten niet meer ontvangen?");
    const click = await service.app.inject({
      method: "POST",
      url: path,
      payload: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(click.statusCode).toBe(200);
    expect(click.headers.location).toBeUndefined();
    // Again: nothing changes, no second entry on the list.
    await service.app.inject({
      method: "POST",
      url: path,
      payload: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await service.store.db.selectFrom("suppressions").select(["purpose", "reason"]).execute()).toEqual([
      { purpose: "newsletter", reason: "one_click" },
    ]);
    mail.sent.splice(0);
    expect(await sendMarketing(service.ctx, "newsletter", NEWS)).toBe(1);
    expect(mail.to("bram@example.nl")).toEqual([]);
    const unknown = await service.app.inject({
      method: "POST",
      url: "/unsubscribe/not-a-token",
      payload: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("counts a new subscription the owner confirms after unsubscribing as new consent", async () => {
    clock += 3_600_000;
    await subscribed("bram@example.nl");
    expect((await subscribers(service.ctx, "newsletter")).map((s) => s.email).sort()).toEqual([
      "ada@example.nl",
      "bram@example.nl",
    ]);
  });

  it("ends every subscription at once on an objection, and keeps the address off every list", async () => {
    expect(await endSubscriptions(service.ctx, "ADA@example.nl ", "*", "objection", "worker")).toBe(1);
    expect((await subscribers(service.ctx, "newsletter")).map((s) => s.email)).toEqual(["bram@example.nl"]);
    const listed = await service.store.db
      .selectFrom("suppressions")
      .select(["purpose", "reason"])
      .orderBy("id")
      .execute();
    expect(listed.at(-1)).toEqual({ purpose: "*", reason: "objection" });
  });

  it("sends a second mail for the same address and purpose only after a while", async () => {
    clock += 3_600_000;
    await subscribe(service.ctx, { purpose: "newsletter", email: "cas@example.nl", lang: "nl" });
    await subscribe(service.ctx, { purpose: "newsletter", email: "cas@example.nl", lang: "nl" });
    expect(mail.to("cas@example.nl")).toHaveLength(1);
    expect(mail.to("cas@example.nl")[0]!.subject).toBe("Bevestig uw aanmelding: Nieuwsbrief");
  });

  it("asks a parent's consent for a person under 16, and counts the subscription only once it came", async () => {
    const sent = await form("nl", {
      purpose: "newsletter",
      email: "kind@example.nl",
      minor: "yes",
      parent_email: "ouder@example.nl",
    });
    expect(sent.statusCode).toBe(200);
    const own = linkIn(mail.to("kind@example.nl").at(-1)!.text, "/subscribe/confirm/")!;
    const parent = linkIn(mail.to("ouder@example.nl").at(-1)!.text, "/subscribe/parent/")!;
    const first = await service.app.inject({ method: "POST", url: `/subscribe/confirm/${own}` });
    expect(first.body).toContain("ouder of verzorger toestemming heeft gegeven");
    expect((await subscribers(service.ctx, "newsletter")).map((s) => s.email)).not.toContain("kind@example.nl");
    const row = await service.store.db
      .selectFrom("subscriptions")
      .select(["parental", "status"])
      .where("parent_token_hash", "is not", null)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ parental: "awaiting", status: "pending" });
    await service.app.inject({ method: "POST", url: `/subscribe/parent/${parent}` });
    expect((await subscribers(service.ctx, "newsletter")).map((s) => s.email)).toContain("kind@example.nl");
    const missing = await form("nl", { purpose: "newsletter", email: "kind2@example.nl", minor: "yes" });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Vul het e-mailadres van uw ouder of verzorger in.");
  });
});
