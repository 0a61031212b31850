import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/http/app.js";
import { PUBLIC_EVENTS } from "../../../src/requests/index.js";
import { STATUSES } from "../../../src/kernel/index.js";
import { centerWords } from "../../../src/http/center/words.js";
import { offeredTypes } from "../../../src/requests/rights.js";
import { recordStatementVersion, statementKey } from "../../../src/statement/archive.js";
import { buildStatement } from "../../../src/statement/index.js";
import { type Center, pageFacts, startCenter } from "./harness.js";
import { describeEachStore } from "../../helpers/stores.js";

await describeEachStore("the privacy center's pages", (kind) => {
  let center: Center;
  beforeAll(async () => {
    center = await startCenter(kind);
  });
  afterAll(() => center.close());

  const get = (url: string, headers: Record<string, string> = {}) => center.app.inject({ method: "GET", url, headers });

  describe("every page of the privacy center", () => {
    const paths = () => [
      "",
      "privacy",
      "privacy/versions",
      "request",
      "verify",
      "processors",
      ...offeredTypes(center.ctx.register).map((type) => `request?type=${type}`),
    ];

    it("renders in Dutch and English with the language set, one h1 and a label for every input", async () => {
      for (const lang of ["nl", "en"]) {
        for (const path of paths()) {
          const response = await get(`/${lang}/${path}`);
          expect(response.statusCode, path).toBe(200);
          expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
          const facts = pageFacts(response.body);
          expect(facts.lang, path).toBe(lang);
          expect(facts.h1, path).toBe(1);
          expect(facts.unlabelled, path).toEqual([]);
        }
      }
    });

    it("links each page to itself in the other language", async () => {
      const nl = await get("/nl/privacy/versions");
      expect(nl.body).toContain('<a href="/en/privacy/versions" hreflang="en" lang="en">English</a>');
      const form = await get("/en/request?type=erasure");
      expect(form.body).toContain('href="/nl/request?type=erasure" hreflang="nl"');
    });

    it("offers a form for every right of LAW.md the demo register supports", () => {
      expect(offeredTypes(center.ctx.register)).toEqual([
        "access",
        "portability",
        "rectification",
        "erasure",
        "restriction",
        "objection",
        "withdrawal",
        "automated_decision_review",
      ]);
    });

    it("asks for the identity types of the register's datasets, e-mail required", async () => {
      const page = (await get("/en/request?type=access")).body;
      expect(page).toMatch(/<input id="email" name="email" type="email"[^>]*required/);
      expect(page).toMatch(/<input id="identity_phone" name="identity_phone" type="tel"/);
      expect(page).not.toMatch(/id="identity_phone"[^>]*required/);
    });

    it("asks what to correct, what the objection is about and which consent is withdrawn", async () => {
      const rectification = (await get("/en/request?type=rectification")).body;
      expect(rectification).toContain('<select id="correction_field_1" name="correction_field_1" required');
      expect(rectification).toContain('<option value="phone">Phone number</option>');
      const objection = (await get("/nl/request?type=objection")).body;
      expect(objection).toContain("<legend>Waartegen maakt u bezwaar?</legend>");
      const withdrawal = (await get("/en/request?type=withdrawal")).body;
      expect(withdrawal).toContain('name="purposes"');
    });

    it("shows the statement built from the register, inside the page", async () => {
      for (const lang of ["nl", "en"] as const) {
        const page = (await get(`/${lang}/privacy`)).body;
        const doc = buildStatement(center.ctx.register, lang);
        expect(page).toContain(`<h1>${doc.title}</h1>`);
        for (const section of doc.sections) expect(page).toContain(`id="${section.id}"`);
        expect(page).toContain(`href="/${lang}/privacy/versions"`);
      }
    });

    it("lists the archived versions and shows an earlier one as it was published", async () => {
      const earlier = {
        ...center.ctx.register,
        statement: { ...center.ctx.register.statement, version: "2.1", effective_date: "2025-06-01" },
        organization: { ...center.ctx.register.organization, name: "Oude Naam B.V." },
      };
      await recordStatementVersion(center.ctx.store, earlier, new Date("2025-06-01T00:00:00Z"));
      const list = (await get("/en/privacy/versions")).body;
      expect(list.indexOf("Read version 3.0")).toBeLessThan(list.indexOf("Read version 2.1"));
      expect(list).toContain('<a href="/en/privacy">Read version 3.0</a> (current version)');
      const old = await get("/nl/privacy/versions/2.1");
      expect(old.statusCode).toBe(200);
      expect(old.body).toContain("Dit is versie 2.1");
      expect(old.body).toContain("Oude Naam B.V.");
      expect(pageFacts(old.body).h1).toBe(1);
      expect((await get("/nl/privacy/versions/3.0")).headers.location).toBe("/nl/privacy");
      expect((await get("/nl/privacy/versions/9.9")).statusCode).toBe(404);
    });

    it("names an archived version without number by the day it was published, its date as not recorded", async () => {
      const { version: _v, effective_date: _d, ...statement } = center.ctx.register.statement;
      const unnumbered = {
        ...center.ctx.register,
        statement,
        organization: { ...center.ctx.register.organization, name: "Naamloos B.V." },
      };
      await recordStatementVersion(center.ctx.store, unnumbered, new Date("2024-03-05T00:00:00Z"));
      const key = statementKey(unnumbered);
      const list = (await get("/nl/privacy/versions")).body;
      expect(list).toContain(
        `<a href="/nl/privacy/versions/${key}">Versie zonder nummer, gepubliceerd op 5 maart 2024 lezen</a>`,
      );
      expect(list).toContain("<td>niet vastgelegd</td>");
      const old = await get(`/en/privacy/versions/${key}`);
      expect(old.statusCode).toBe(200);
      expect(old.body).toContain("This is version without a number, published on 5 March 2024");
      expect(old.body).toContain("Naamloos B.V.");
    });

    it("sends / to the visitor's language: ?lang, then Accept-Language, then Dutch", async () => {
      expect((await get("/", { "accept-language": "en-GB,en;q=0.9" })).headers.location).toBe("/en/");
      expect((await get("/", { "accept-language": "de" })).headers.location).toBe("/nl/");
      expect((await get("/?lang=en", { "accept-language": "nl" })).headers.location).toBe("/en/");
    });

    it("answers unknown addresses with a 404 page in the visitor's language", async () => {
      const en = await get("/en/nothing-here");
      expect(en.statusCode).toBe(404);
      expect(en.body).toContain("Page not found");
      expect(pageFacts(en.body)).toMatchObject({ lang: "en", h1: 1 });
      const nl = await get("/elsewhere", { "accept-language": "nl-NL" });
      expect(nl.body).toContain("Pagina niet gevonden");
    });

    it("has words for every status and every event the status page may show", () => {
      for (const lang of ["nl", "en"] as const) {
        const words = centerWords(lang, "u");
        for (const status of STATUSES) expect(words.statuses[status], status).toBeTruthy();
        for (const kind of PUBLIC_EVENTS) expect(words.events[kind], kind).toBeTruthy();
      }
    });
  });

  describe("security headers", () => {
    it("are on pages, redirects, 404s and bad requests alike", async () => {
      const responses = [
        await get("/nl/"),
        await get("/"),
        await get("/nope"),
        await center.app.inject({
          method: "POST",
          url: "/en/request",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          payload: "%%%",
        }),
      ];
      for (const response of responses) {
        const csp = String(response.headers["content-security-policy"]);
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).not.toContain("unsafe-inline");
        expect(response.headers["x-content-type-options"]).toBe("nosniff");
        expect(response.headers["referrer-policy"]).toBe("no-referrer");
        expect(response.headers["x-frame-options"]).toBe("DENY");
      }
    });

    it("put no script on any page", async () => {
      for (const path of ["/nl/", "/en/privacy", "/en/request?type=access", "/nl/verify"])
        expect((await get(path)).body).not.toMatch(/<script|\son[a-z]+="/i);
    });
  });

  describe("a failure inside a route", () => {
    it("gives a 500 page in the visitor's language that repeats nothing of the request", async () => {
      const app = buildApp(center.ctx);
      app.post("/en/fails", async () => {
        throw new Error("the database is gone");
      });
      try {
        const response = await app.inject({
          method: "POST",
          url: "/en/fails?who=visitor@example.org",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          payload: "email=visitor%40example.org",
        });
        expect(response.statusCode).toBe(500);
        expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
        expect(pageFacts(response.body)).toMatchObject({ lang: "en", h1: 1 });
        expect(response.body).toContain("Something went wrong");
        expect(response.body).not.toContain("visitor@example.org");
        expect(response.body).not.toContain("the database is gone");
      } finally {
        await app.close();
      }
    });
  });
});
