import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { disableUser, SIGN_IN_LIMITS } from "../../../src/auth/index.js";
import { type ConsoleHarness, consoleHarness, form, get, PASSWORD, post } from "./harness.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("signing in to the console", (kind) => {
  const testStore = useTestStore(kind);

  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(testStore());
  });
  afterEach(() => h.close());

  /** Opens the sign-in page like a browser and returns the form token and its cookie. */
  async function openSignIn(url = "/admin/sign-in") {
    const page = await get(h.app, url);
    const cookie = page.cookies.find((c) => c.name === "waarborg_admin_signin");
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    return { page, cookie: `waarborg_admin_signin=${cookie?.value}`, token };
  }

  async function submit(
    email: string,
    password: string,
    extra: Record<string, string> = {},
    address = "192.0.2.1",
    url = "/admin/sign-in",
  ) {
    const { cookie, token } = await openSignIn();
    return h.app.inject({
      method: "POST",
      url,
      remoteAddress: address,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      payload: form({ _csrf: token, email, password, ...extra }),
    });
  }

  describe("console sign-in", () => {
    it("shows a labelled form in the visitor's language", async () => {
      const { page } = await openSignIn("/admin/sign-in?lang=en");
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<html lang="en"');
      expect(page.body).toContain('<label for="email">E-mail address</label>');
      expect(page.body).toContain('<label for="password">Password</label>');
      const dutch = await get(h.app, "/admin/sign-in", undefined, { "accept-language": "nl-NL" });
      expect(dutch.body).toContain("<h1>Inloggen</h1>");
    });

    it("signs in with an httpOnly SameSite cookie on /admin and goes to the page asked for", async () => {
      const response = await submit("privacy_officer@example.nl", PASSWORD, { next: "/admin/outbox" });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe("/admin/outbox");
      const cookie = response.cookies.find((c) => c.name === "waarborg_admin");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/admin" });
      expect(cookie?.secure).toBeFalsy();
      const page = await get(h.app, "/admin/outbox", {
        userId: "",
        csrf: "",
        cookie: `waarborg_admin=${cookie?.value}`,
      });
      expect(page.statusCode).toBe(200);
    });

    it("marks the cookies Secure when the console is served over https", async () => {
      const https = await consoleHarness(testStore(), async () => {}, { publicUrl: "https://privacy.example.nl" });
      try {
        const page = await get(https.app, "/admin/sign-in");
        expect(page.cookies.find((c) => c.name === "waarborg_admin_signin")?.secure).toBe(true);
        const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
        const response = await https.app.inject({
          method: "POST",
          url: "/admin/sign-in",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: `waarborg_admin_signin=${token}` },
          payload: form({ _csrf: token, email: "support@example.nl", password: PASSWORD }),
        });
        expect(response.cookies.find((c) => c.name === "waarborg_admin")).toMatchObject({
          secure: true,
          httpOnly: true,
        });
      } finally {
        await https.close();
      }
    });

    it("never sends a signed-in user to another site", async () => {
      for (const next of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "/center"]) {
        const response = await submit("support@example.nl", PASSWORD, { next });
        expect(response.headers.location).toBe("/admin/requests");
      }
    });

    it("answers an unknown address, a wrong password and a disabled account with one message", async () => {
      const unknown = await submit("nobody@example.nl", PASSWORD);
      const wrong = await submit("support@example.nl", "not the password");
      await disableUser(h.store, h.as.auditor.userId, { actor: "system" });
      const disabled = await submit("auditor@example.nl", PASSWORD);
      const message = (body: string) => /<div class="notice error" role="alert"><p>([^<]+)<\/p>/.exec(body)?.[1];
      expect(message(unknown.body)).toBeDefined();
      for (const response of [unknown, wrong, disabled]) {
        expect(response.statusCode).toBe(401);
        expect(message(response.body)).toBe(message(unknown.body));
      }
      expect(unknown.cookies.find((c) => c.name === "waarborg_admin")).toBeUndefined();
    });

    it("makes an account wait after its free failures and says how long, in Dutch and in English", async () => {
      for (let i = 0; i < SIGN_IN_LIMITS.account.free; i++)
        expect((await submit("auditor@example.nl", `wrong password ${i}`, {}, `192.0.2.${i + 10}`)).statusCode).toBe(
          401,
        );
      const waiting = await submit("auditor@example.nl", "wrong password again");
      expect(waiting.statusCode).toBe(429);
      expect(waiting.headers["retry-after"]).toBe("2");
      expect(waiting.body).toContain("Wacht 2 seconden en probeer het dan opnieuw.");
      // Even the right password waits, and is told in the language asked for.
      const english = await submit("auditor@example.nl", PASSWORD, {}, "192.0.2.1", "/admin/sign-in?lang=en");
      expect(english.statusCode).toBe(429);
      expect(english.body).toMatch(/Wait [12] seconds?, then try again\./);
      // Another account from the same client does not wait for it.
      expect((await submit("support@example.nl", PASSWORD)).statusCode).toBe(303);
      // Once the wait is over the right password signs in: a delay, not a lock.
      h.clock.now = new Date(h.clock.now.getTime() + 2000);
      expect((await submit("auditor@example.nl", PASSWORD)).statusCode).toBe(303);
    });

    it("makes a client address wait after its free failures across accounts, and leaves other addresses alone", async () => {
      // The free failures, and one more that earns the first delay.
      for (let i = 0; i <= SIGN_IN_LIMITS.address.free; i++)
        await submit(`u${i}@example.nl`, "wrong password!", {}, "198.51.100.7");
      const waiting = await submit("support@example.nl", PASSWORD, {}, "198.51.100.7");
      expect(waiting.statusCode).toBe(429);
      expect((await submit("support@example.nl", PASSWORD, {}, "198.51.100.8")).statusCode).toBe(303);
    });

    it("refuses a sign-in post without this site's form token (login CSRF)", async () => {
      const { cookie } = await openSignIn();
      const response = await h.app.inject({
        method: "POST",
        url: "/admin/sign-in",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        payload: form({ _csrf: "forged", email: "support@example.nl", password: PASSWORD }),
      });
      expect(response.statusCode).toBe(403);
      const noCookie = await post(h.app, "/admin/sign-in", undefined, {
        _csrf: "x",
        email: "support@example.nl",
        password: PASSWORD,
      });
      expect(noCookie.statusCode).toBe(403);
    });

    it("signs out only with the session's CSRF token, and the cookie stops working", async () => {
      const who = h.as.support;
      expect((await post(h.app, "/admin/sign-out", who, {}, { csrf: null })).statusCode).toBe(403);
      expect((await post(h.app, "/admin/sign-out", who, {}, { csrf: "wrong" })).statusCode).toBe(403);
      const out = await post(h.app, "/admin/sign-out", who, {});
      expect(out.statusCode).toBe(303);
      expect(out.headers.location).toBe("/admin/sign-in?signed_out=1");
      const after = await get(h.app, "/admin/outbox", who);
      expect(after.statusCode).toBe(303);
      expect(after.headers.location).toBe("/admin/sign-in?next=%2Fadmin%2Foutbox");
    });

    it("expires a session after 8 idle hours, and each visit slides it", async () => {
      const who = h.as.support;
      h.clock.now = new Date("2025-03-05T16:00:00.000Z");
      expect((await get(h.app, "/admin/outbox", who)).statusCode).toBe(200);
      h.clock.now = new Date("2025-03-05T23:59:00.000Z");
      expect((await get(h.app, "/admin/outbox", who)).statusCode).toBe(200);
      h.clock.now = new Date("2025-03-06T08:00:00.000Z");
      expect((await get(h.app, "/admin/outbox", who)).headers.location).toMatch(/^\/admin\/sign-in/);
    });

    it("sends /admin to the queue and keeps pages out of caches", async () => {
      const response = await get(h.app, "/admin");
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe("/admin/requests");
      expect((await get(h.app, "/admin/sign-in")).headers["cache-control"]).toBe("no-store");
    });
  });
});
