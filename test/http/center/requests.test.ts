import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConnector } from "../../../src/connectors/open.js";
import { approveRequest } from "../../../src/requests/index.js";
import {
  type Center,
  codeFromOutbox,
  cookieFrom,
  FORM_HEADERS,
  fileAndVerify,
  form,
  knownEmail,
  newestMail,
  pageFacts,
  postRequest,
  startCenter,
  unzip,
} from "./harness.js";
import { describeEachStore } from "../../helpers/stores.js";

await describeEachStore("requests in the privacy center", (kind) => {
  let center: Center;
  let known: string;
  beforeAll(async () => {
    center = await startCenter(kind);
    known = await knownEmail(center.demoUrl);
  });
  afterAll(() => center.close());

  const get = (url: string, cookie?: string) =>
    center.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });
  const post = (url: string, fields: Record<string, string>, cookie?: string) =>
    center.app.inject({
      method: "POST",
      url,
      headers: { ...FORM_HEADERS, ...(cookie ? { cookie } : {}) },
      payload: form(fields),
    });

  describe("filing a request", () => {
    it("answers the same, byte for byte, for a customer and for a stranger", async () => {
      const answers = [];
      for (const email of [known, "nobody-at-all@example.org"]) {
        const response = await postRequest(center, { type: "access", email, lang: "en" });
        const { date: _date, "set-cookie": cookie, ...headers } = response.headers;
        answers.push({
          status: response.statusCode,
          headers,
          body: response.body,
          // The cookie's value is random (the request's id and link); its name and attributes are not.
          cookie: String(cookie).replace(/^waarborg_pending=[^;]+/, "waarborg_pending=…"),
        });
      }
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]).toMatchObject({ status: 303, headers: { location: "/en/verify" } });
      expect(answers[0]!.cookie).toMatch(/HttpOnly/);
      expect(answers[0]!.cookie).toMatch(/SameSite=Lax/);
    });

    it("mails a code to the address in the person's language, for a stranger too", async () => {
      await postRequest(center, { type: "erasure", email: "stranger@example.net", lang: "nl" }, "en");
      const mail = await newestMail(center, "stranger@example.net");
      expect(mail.lang).toBe("nl");
      expect(mail.subject).toMatch(/^Uw verificatiecode: \d{6}$/);
    });

    it("shows the same 'check your e-mail' page whoever filed", async () => {
      const pages = [];
      for (const email of [known, "someone-else@example.org"]) {
        const filed = await postRequest(center, { type: "access", email, lang: "en" });
        pages.push((await get("/en/verify", cookieFrom(filed))).body);
      }
      expect(pages[0]).toBe(pages[1]);
      expect(pages[0]).toContain("Check your e-mail");
      expect(pages[0]).toContain('<input id="code" name="code"');
    });

    it("returns the form with the problem beside its field, never repeating the value in the message", async () => {
      const response = await postRequest(center, { type: "access", email: "not-an-address", lang: "en" });
      expect(response.statusCode).toBe(400);
      expect(response.headers["cache-control"]).toBe("no-store");
      const html = response.body;
      expect(html).toContain('<a href="#email">Enter a valid e-mail address, such as name@example.com</a>');
      expect(html).toMatch(
        /<input id="email" name="email" type="email" value="not-an-address"[^>]*aria-invalid="true"/,
      );
      expect(html).toContain('aria-describedby="email-error email-hint"');
      expect(html.match(/not-an-address/g)).toHaveLength(1);
      expect(pageFacts(html).unlabelled).toEqual([]);
    });

    it("ties a correction that does not fit its data category to that correction's field", async () => {
      const response = await postRequest(
        center,
        {
          type: "rectification",
          email: "fix-me@example.org",
          lang: "nl",
          correction_field_1: "phone",
          correction_value_1: "geen telefoonnummer",
        },
        "nl",
      );
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('<p class="field-error" id="correction_value_1-error">');
      expect(response.body).toContain('<option value="phone" selected>');
    });

    it("asks for a correction when a rectification names none", async () => {
      const response = await postRequest(center, { type: "rectification", email: "fix@example.org", lang: "en" });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('id="correction_field_1-error"');
    });

    it("refuses a field sent twice beside that field, in the visitor's language, filing nothing", async () => {
      const before = (await center.ctx.store.db.selectFrom("requests").select("id").execute()).length;
      for (const [lang, message] of [
        ["nl", "Dit veld kunnen wij niet lezen."],
        ["en", "We cannot read this field."],
      ] as const) {
        const twice = { type: "access", email: ["one@example.org", "two@example.org"], lang };
        const response = await postRequest(center, twice, lang);
        expect(response.statusCode).toBe(400);
        expect(pageFacts(response.body).lang).toBe(lang);
        expect(response.body).toMatch(new RegExp(`<p class="field-error" id="email-error">[^<]*${message}`));
        expect(response.body).toMatch(/<input id="email" name="email"[^>]*aria-invalid="true"/);
      }
      // Posted as JSON, a field that is no text is refused the same way, not with a bare error page.
      const json = await center.app.inject({
        method: "POST",
        url: "/en/request",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ type: "access", email: { $ne: "" }, lang: "en" }),
      });
      expect(json.statusCode).toBe(400);
      expect(json.body).toContain('id="email-error"');
      expect((await center.ctx.store.db.selectFrom("requests").select("id").execute()).length).toBe(before);
    });

    it("refuses a kind of request the register does not offer with a plain 404", async () => {
      const response = await postRequest(center, { type: "complaint", email: known, lang: "en" });
      expect(response.statusCode).toBe(404);
    });
  });

  describe("verification", () => {
    it("takes the code from the mail and leads to the status page", async () => {
      const filed = await postRequest(center, { type: "objection", email: known, lang: "en" });
      const code = await codeFromOutbox(center, known);
      const verified = await post("/en/verify", { code: `${code.slice(0, 3)} ${code.slice(3)}` }, cookieFrom(filed));
      expect(verified.statusCode).toBe(303);
      expect(verified.headers.location).toMatch(/^\/status\/[A-Za-z0-9_-]{20,}$/);
      expect(String(verified.headers["set-cookie"])).toMatch(/waarborg_pending=;/);
      const status = await get(String(verified.headers.location));
      expect(status.statusCode).toBe(200);
      expect(status.headers["cache-control"]).toBe("no-store");
      expect(status.body).toContain("Your request: objection");
    });

    it("counts wrong codes down and locks after the fifth", async () => {
      const email = "guesser@example.org";
      const filed = await postRequest(center, { type: "access", email, lang: "en" });
      const cookie = cookieFrom(filed);
      const right = await codeFromOutbox(center, email);
      const wrong = right === "000000" ? "111111" : "000000";
      for (const left of [4, 3, 2]) {
        const answer = await post("/en/verify", { code: wrong }, cookie);
        expect(answer.statusCode).toBe(400);
        expect(answer.body).toContain(`This code is not right. You can try ${left} more times.`);
      }
      expect((await post("/en/verify", { code: wrong }, cookie)).body).toContain("You can try 1 more time.");
      const locked = await post("/en/verify", { code: wrong }, cookie);
      expect(locked.body).toContain("A wrong code was entered too often");
      expect(locked.body).not.toContain('name="code"');
      // Locked for good: the right code no longer works either.
      expect((await post("/en/verify", { code: right }, cookie)).statusCode).toBe(400);
    });

    it("says when a code has expired and sends a new one on request", async () => {
      const email = "slow@example.org";
      const filed = await postRequest(center, { type: "access", email, lang: "nl" }, "nl");
      const cookie = cookieFrom(filed);
      const first = await codeFromOutbox(center, email);
      center.advance(16 * 60_000);
      const late = await post("/nl/verify", { code: first }, cookie);
      expect(late.body).toContain("Deze code is verlopen");
      const resent = await post("/nl/verify/new-code", {}, cookie);
      expect(resent.body).toContain("Wij hebben een nieuwe code gestuurd");
      const second = await codeFromOutbox(center, email);
      expect((await post("/nl/verify", { code: second }, cookie)).statusCode).toBe(303);
    });

    it("refuses a new code within a minute of the last, saying how long to wait, and sends no mail", async () => {
      const email = "impatient@example.org";
      const filed = await postRequest(center, { type: "access", email, lang: "en" });
      const cookie = cookieFrom(filed);
      const first = await codeFromOutbox(center, email);
      center.advance(20_000);
      const early = await post("/en/verify/new-code", {}, cookie);
      expect(early.statusCode).toBe(429);
      // The harness's clock is the real one plus what the test advanced, so a slow machine may already
      // have used a second or two of the remaining 40.
      const wait = /You can ask for a new one in (\d+) seconds\./.exec(early.body);
      expect(Number(wait?.[1])).toBeGreaterThan(0);
      expect(Number(wait?.[1])).toBeLessThanOrEqual(40);
      expect(early.body).toContain('role="alert"');
      expect(await codeFromOutbox(center, email)).toBe(first);
      expect((await post("/en/verify", { code: first }, cookie)).statusCode).toBe(303);
    });

    it("asks for the code when none was typed, without counting a try", async () => {
      const filed = await postRequest(center, { type: "access", email: "blank@example.org", lang: "en" });
      const answer = await post("/en/verify", { code: "  " }, cookieFrom(filed));
      expect(answer.statusCode).toBe(400);
      expect(answer.body).toContain("Enter the six-digit code from the e-mail.");
      expect(answer.body).toContain('aria-describedby="code-error code-hint"');
    });

    it("points to the mail's link when the browser holds no request", async () => {
      const answer = await post("/en/verify", { code: "123456" });
      expect(answer.statusCode).toBe(400);
      expect(answer.body).toContain("Open the link in the e-mail");
      expect(answer.body).not.toContain('name="code"');
    });

    it("also works from the status page the mail links to", async () => {
      const email = "other-browser@example.org";
      await postRequest(center, { type: "restriction", email, lang: "en" });
      const mail = await newestMail(center, email);
      const path = new URL(/http:\/\/center\.test\/status\/[A-Za-z0-9_-]+/.exec(mail.text)![0]).pathname;
      const page = await get(path);
      expect(page.body).toContain("First confirm that the request comes from you");
      const verified = await post(`${path}/verify?lang=en`, { code: await codeFromOutbox(center, email) });
      expect(verified.statusCode).toBe(303);
      expect(verified.headers.location).toBe(`${path}?lang=en`);
      expect((await get(path)).body).not.toContain('name="code"');
    });
  });

  describe("the status page", () => {
    it("shows status, received and due dates with days left, and the history", async () => {
      const path = await fileAndVerify(center, "erasure", known);
      const html = (await get(path)).body;
      // The demo register has the privacy officer approve every erasure.
      expect(html).toContain("Confirmed, being reviewed by our privacy officer");
      expect(html).toMatch(/<dt>Received on<\/dt><dd>\d{1,2} [A-Z][a-z]+ \d{4}<\/dd>/);
      expect(html).toMatch(/<dt>Answer due by<\/dt><dd>\d{1,2} [A-Z][a-z]+ \d{4} \(\d+ days left\)<\/dd>/);
      expect(html).toContain("Request received");
      expect(html).toContain("Confirmed with the code");
      expect(pageFacts(html)).toMatchObject({ lang: "en", h1: 1, unlabelled: [] });
      expect((await get(`${path}?lang=nl`)).body).toContain("Uw verzoek: verwijdering");
    });

    it("lets the person withdraw a request nobody started on", async () => {
      const path = await fileAndVerify(center, "erasure", "changed-mind@example.org");
      const cancelled = await post(`${path}/cancel?lang=en`, {});
      expect(cancelled.statusCode).toBe(303);
      const html = (await get(path)).body;
      expect(html).toContain("<dd>Cancelled</dd>");
      expect(html).not.toContain("Withdraw the request");
    });

    it("answers a wrong or made-up link exactly like any unknown page", async () => {
      const unknown = await get("/status/not-a-real-token-at-all-000000");
      const nowhere = await get("/nowhere");
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toBe(nowhere.body);
      expect((await post("/status/not-a-real-token-at-all-000000/verify", { code: "123456" })).statusCode).toBe(404);
    });
  });

  describe("the access package", () => {
    it("is ready for download once the request is processed, and holds the person's data", async () => {
      const email = await knownEmail(center.demoUrl);
      const path = await fileAndVerify(center, "access", email);
      await center.ctx.queue.drain();
      const status = (await get(path)).body;
      expect(status).toContain("<dd>Completed</dd>");
      const link =
        /<form method="post" action="(\/download\/[A-Za-z0-9_-]+)"><p><button type="submit">Download your data<\/button>/.exec(
          status,
        )?.[1];
      expect(link).toBeDefined();
      const download = await post(link!, {});
      expect(download.statusCode).toBe(200);
      expect(download.headers["cache-control"]).toBe("no-store");
      expect(String(download.headers["content-disposition"])).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.zip"/);
      const files = unzip(download.rawPayload);
      const everything = [...files.values()].map((b) => b.toString("utf8")).join("\n");
      expect(everything).toContain(email);
      expect((await get(path)).body).toContain("Data downloaded");
    });

    it("opens the mail's link on a page with a button, counting a download only when the button is used", async () => {
      const email = "scanned@example.org";
      const path = await fileAndVerify(center, "access", email);
      await center.ctx.queue.drain();
      const mails = await center.ctx.store.db
        .selectFrom("outbox")
        .select("text")
        .where("to_address", "=", email)
        .orderBy("created_at", "desc")
        .execute();
      const link = mails.map((m) => /\/download\/[A-Za-z0-9_-]+/.exec(m.text)?.[0]).find(Boolean);
      expect(link).toBeDefined();
      // A mail scanner or a link preview opens the link before the person does; that spends nothing.
      for (let i = 0; i < 5; i++) {
        const opened = await get(link!);
        expect(opened.statusCode).toBe(200);
        expect(opened.headers["cache-control"]).toBe("no-store");
        expect(opened.body).toContain(`<form method="post" action="${link}">`);
        expect(opened.body).toContain("The download works 3 more times");
      }
      expect((await get(`${link}?lang=nl`)).body).toContain("De download werkt nog 3 keer");
      expect((await post(link!, {})).statusCode).toBe(200);
      expect((await get(link!)).body).toContain("The download works 2 more times");
      expect((await post(link!, {})).statusCode).toBe(200);
      expect((await get(link!)).body).toContain("The download works 1 more time and");
      expect((await get(path)).body).toContain("Data downloaded");
    });

    it("stops after the allowed downloads and after the link expires, answering 404 without detail", async () => {
      const path = await fileAndVerify(center, "portability", "someone-new@example.org");
      await center.ctx.queue.drain();
      const link = /action="(\/download\/[A-Za-z0-9_-]+)"/.exec((await get(path)).body)?.[1];
      expect(link).toBeDefined();
      for (let i = 0; i < 3; i++) expect((await post(link!, {})).statusCode).toBe(200);
      const used = await post(link!, {});
      expect(used.statusCode).toBe(404);
      expect(used.body).toBe((await get("/nowhere")).body);
      expect((await get(link!)).statusCode).toBe(404);
      expect((await get(path)).body).toContain("The download is no longer available");

      const later = await fileAndVerify(center, "access", "expires@example.org");
      await center.ctx.queue.drain();
      const expiring = /action="(\/download\/[A-Za-z0-9_-]+)"/.exec((await get(later)).body)?.[1];
      center.advance(8 * 24 * 60 * 60_000);
      expect((await post(expiring!, {})).statusCode).toBe(404);
      expect((await get(expiring!)).statusCode).toBe(404);
      expect((await get("/download/made-up-token-000000000000")).statusCode).toBe(404);
    });
  });

  describe("an erasure", () => {
    it("waits for approval, then completes and shows what was kept under a legal hold", async () => {
      const email = known;
      const path = await fileAndVerify(center, "erasure", email);
      const view = await center.app.inject({ method: "GET", url: path });
      expect(view.body).toContain("being reviewed by our privacy officer");
      const requestId = (
        await center.ctx.store.db
          .selectFrom("requests")
          .select("id")
          .where("status", "=", "awaiting_approval")
          .orderBy("received_at", "desc")
          .executeTakeFirstOrThrow()
      ).id;
      await approveRequest(center.ctx, { requestId, actor: "user:officer" });
      await center.ctx.queue.drain();
      const done = (await get(path)).body;
      // The first demo customer has invoices, which the tax rules keep for seven years.
      expect(done).toContain("<dd>Partly completed; the reason is below</dd>");
      expect(done).not.toContain('id="unreached"');
      expect(done).toContain('<h2 id="kept">Data we must keep</h2>');
      expect(done).toMatch(/<li>[^<]+: \d+ records?, legal obligation[^<]*<\/li>/);
      const connector = await openConnector(center.demoUrl);
      try {
        const rows = await connector.db.selectFrom("users").select("id").where("email", "=", email).execute();
        expect(rows).toEqual([]);
      } finally {
        await connector.close();
      }
    });
  });

  describe("the logs", () => {
    it("hold no address, no code and no token", async () => {
      const email = "private-person@example.org";
      const filed = await postRequest(center, { type: "access", email, lang: "en" });
      const code = await codeFromOutbox(center, email);
      const verified = await post("/en/verify", { code }, cookieFrom(filed));
      const path = String(verified.headers.location);
      await get(path);
      await center.ctx.queue.drain();
      const link = /action="(\/download\/[A-Za-z0-9_-]+)"/.exec((await get(path)).body)![1]!;
      await get(link);
      await post(link, {});
      const text = center.logs.join("");
      expect(text).toContain('"route":"/status/:token"');
      expect(text).toContain('"route":"/download/:token"');
      for (const secret of [email, code, path.slice("/status/".length), link.slice("/download/".length)])
        expect(text).not.toContain(secret);
    });
  });
});
