import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILING_LIMITS } from "../../../src/http/center/filing-limit.js";
import { listOutbox } from "../../../src/mail/outbox.js";
import { type Center, FORM_HEADERS, form, knownEmail, startCenter } from "./harness.js";
import { describeEachStore } from "../../helpers/stores.js";

await describeEachStore("the privacy center's filing limits", (kind) => {
  let center: Center;
  beforeAll(async () => {
    center = await startCenter(kind, { filingLimits: {} });
  });
  afterAll(() => center.close());

  const file = (email: string, client = "203.0.113.7", lang = "nl") =>
    center.app.inject({
      method: "POST",
      url: `/${lang}/request`,
      headers: FORM_HEADERS,
      remoteAddress: client,
      payload: form({ type: "access", email, lang }),
    });

  /** Mails to the address, however its case was typed. */
  const mailsTo = async (email: string) =>
    (await listOutbox(center.ctx.store)).filter((m) => m.to_address.trim().toLowerCase() === email).length;

  describe("limits on filing requests", () => {
    it("files three requests for one address within the hour, then refuses without mailing it", async () => {
      const email = await knownEmail(center.demoUrl);
      for (const variant of [email, ` ${email.toUpperCase()} `, email])
        expect((await file(variant)).statusCode).toBe(303);
      const refused = await file(email);
      expect(refused.statusCode).toBe(429);
      expect(refused.body).toContain("zijn in korte tijd al meerdere verzoeken gedaan");
      expect(refused.body).toMatch(/<input[^>]*id="email"[^>]*aria-invalid="true"/);
      expect(refused.headers["cache-control"]).toBe("no-store");
      expect(await mailsTo(email)).toBe(FILING_LIMITS.perEmail);
      // An hour later the address may be used again.
      center.advance(FILING_LIMITS.windowMs + 1000);
      expect((await file(email)).statusCode).toBe(303);
    });

    it("answers a stranger's address exactly as a customer's", async () => {
      const stranger = "nobody-here@example.org";
      for (let i = 0; i < FILING_LIMITS.perEmail; i++)
        expect((await file(stranger, "198.51.100.9")).statusCode).toBe(303);
      const refused = await file(stranger, "198.51.100.9", "en");
      expect(refused.statusCode).toBe(429);
      expect(refused.body).toContain("Several requests were made for this address or from this connection");
    });

    it("limits one client across addresses, and leaves other clients alone", async () => {
      const client = "192.0.2.44";
      for (let i = 0; i < FILING_LIMITS.perClient; i++)
        expect((await file(`flood-${i}@example.org`, client)).statusCode).toBe(303);
      expect((await file("flood-last@example.org", client)).statusCode).toBe(429);
      expect(await mailsTo("flood-last@example.org")).toBe(0);
      expect((await file("flood-last@example.org", "192.0.2.45")).statusCode).toBe(303);
    });
  });

  it("does not count a filing that failed on the service's side", async () => {
    const client = "192.0.2.99";
    // A store that refuses the write: every filing fails with 500 and mails nothing.
    await sql`ALTER TABLE requests RENAME TO requests_away`.execute(center.ctx.store.db);
    try {
      for (let i = 0; i <= FILING_LIMITS.perClient; i++)
        expect((await file(`failed-${i}@example.org`, client)).statusCode).toBe(500);
    } finally {
      await sql`ALTER TABLE requests_away RENAME TO requests`.execute(center.ctx.store.db);
    }
    expect((await file("after-failure@example.org", client)).statusCode).toBe(303);
  });
});
