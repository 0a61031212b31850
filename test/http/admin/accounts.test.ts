import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticateApiToken } from "../../../src/auth/index.js";
import { OutboxMailer } from "../../../src/mail/outbox.js";
import { type ConsoleHarness, consoleHarness, get, post } from "./harness.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("the console's accounts", (kind) => {
  const testStore = useTestStore(kind);

  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(testStore());
  });
  afterEach(() => h.close());

  describe("users in the console", () => {
    it("adds a user who can then sign in, and shows field errors in the user's language", async () => {
      const added = await post(h.app, "/admin/users", h.as.admin, {
        name: "Nieuwe Collega",
        email: "Nieuw@Example.nl",
        role: "auditor",
        password: "een lang genoeg wachtwoord",
      });
      expect(added.headers.location).toBe("/admin/users?done=added");
      const list = await get(h.app, "/admin/users?done=added", h.as.admin);
      expect(list.body).toContain("De gebruiker is toegevoegd.");
      expect(list.body).toContain("<td>nieuw@example.nl</td><td>Auditor</td>");

      const taken = await post(h.app, "/admin/users", h.as.admin, {
        name: "X",
        email: "nieuw@example.nl",
        role: "support",
        password: "een lang genoeg wachtwoord",
      });
      expect(taken.statusCode).toBe(400);
      expect(taken.body).toContain(
        '<p class="field-error" id="email-error">Er is al een account met dit e-mailadres.</p>',
      );
      const short = await post(h.app, "/admin/users?lang=en", h.as.admin, {
        name: "X",
        email: "x@example.nl",
        role: "support",
        password: "short",
      });
      expect(short.body).toContain(
        '<p class="field-error" id="password-error">A password has 12 to 256 characters.</p>',
      );
      expect(short.body).not.toContain('value="short"');
    });

    it("disables a user, which signs them out, but never the last admin", async () => {
      const out = await post(h.app, `/admin/users/${h.as.support.userId}/disable`, h.as.admin, {});
      expect(out.statusCode).toBe(303);
      expect((await get(h.app, "/admin/outbox", h.as.support)).statusCode).toBe(303);
      const last = await post(h.app, `/admin/users/${h.as.admin.userId}/disable`, h.as.admin, {});
      expect(last.statusCode).toBe(409);
      expect(last.body).toContain("De laatste actieve beheerder kan niet worden uitgeschakeld.");
      // One's own account has no disable button.
      expect((await get(h.app, "/admin/users", h.as.admin)).body).not.toContain(
        `/admin/users/${h.as.admin.userId}/disable`,
      );
    });
  });

  describe("API tokens in the console", () => {
    it("shows a new token once, lists it without its value, and revokes it", async () => {
      const created = await post(h.app, "/admin/tokens", h.as.admin, {
        name: "CRM",
        scopes: ["requests:read", "requests:write"],
      });
      expect(created.statusCode).toBe(201);
      const token = /<code>(wbt_[^<]+)<\/code>/.exec(created.body)?.[1] ?? "";
      const live = await authenticateApiToken(h.store, token);
      expect(live?.scopes).toEqual(["requests:read", "requests:write"]);
      const list = await get(h.app, "/admin/tokens", h.as.admin);
      expect(list.body).not.toContain(token);
      expect(list.body).toContain("requests:read, requests:write");

      const revoked = await post(h.app, `/admin/tokens/${live?.id}/revoke`, h.as.admin, {});
      expect(revoked.headers.location).toBe("/admin/tokens?done=revoked");
      expect(await authenticateApiToken(h.store, token)).toBeUndefined();
    });

    it("asks for at least one scope", async () => {
      const none = await post(h.app, "/admin/tokens", h.as.admin, { name: "CRM" });
      expect(none.statusCode).toBe(400);
      expect(none.body).toContain('<p class="field-error" id="scopes-error">Kies minstens één scope.</p>');
    });
  });

  describe("the outbox", () => {
    it("shows a message as wrapping paragraphs of its text, never its HTML part", async () => {
      await new OutboxMailer(h.store, () => h.clock.now).send({
        to: "p@example.nl",
        subject: "Uw code",
        text: "Beste lezer,\n\nUw code is:\n    123456\n\n<b>niet vet</b>",
        html: "<p onclick=alert(1)>html part</p>",
        lang: "nl",
      });
      const list = await get(h.app, "/admin/outbox", h.as.support);
      const id = /href="\/admin\/outbox\/([^"]+)"/.exec(list.body)?.[1];
      const message = await get(h.app, `/admin/outbox/${id}`, h.as.support);
      expect(message.body).toContain("<p>Beste lezer,</p><p>Uw code is:<br/>••••••</p><p>&lt;b>niet vet&lt;/b></p>");
      expect(message.body).not.toContain("html part");
      expect((await get(h.app, "/admin/outbox/nope", h.as.support)).statusCode).toBe(404);
    });

    it("pages through many messages", async () => {
      const mailer = new OutboxMailer(h.store, () => h.clock.now);
      for (let i = 0; i < 52; i++)
        await mailer.send({ to: `p${i}@example.nl`, subject: `Bericht ${i}`, text: "x", lang: "nl" });
      const first = await get(h.app, "/admin/outbox", h.as.support);
      expect(first.body.match(/href="\/admin\/outbox\/[^"]+"/g)).toHaveLength(50);
      expect(first.body).toContain('href="/admin/outbox?offset=50"');
      const second = await get(h.app, "/admin/outbox?offset=50", h.as.support);
      expect(second.body.match(/href="\/admin\/outbox\/[^"]+"/g)).toHaveLength(2);
      expect(second.body).not.toContain("offset=100");
    });
  });

  describe("the audit log page", () => {
    it("lists entries newest first and checks the chain when asked", async () => {
      const page = await get(h.app, "/admin/audit", h.as.auditor);
      expect(page.body).toContain("user.create");
      expect(page.body).not.toContain("De keten is intact");
      const checked = await get(h.app, "/admin/audit?verify=1", h.as.auditor);
      expect(checked.body).toContain("De keten is intact");
      await h.store.db.updateTable("audit_log").set({ data: '{"role":"admin"}' }).where("seq", "=", 2).execute();
      const broken = await get(h.app, "/admin/audit?verify=1&lang=en", h.as.auditor);
      expect(broken.body).toContain("<h2>The chain is broken</h2>");
      expect(broken.body).toContain("<li>no. 2 was changed after it was written</li>");
    });
  });
});
