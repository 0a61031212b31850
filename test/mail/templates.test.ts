import { describe, expect, it } from "vitest";
import { compose } from "../../src/mail/compose.js";
import {
  completionMail,
  denialMail,
  extensionMail,
  recipientNotificationMail,
  requestReceivedMail,
  verificationCodeMail,
} from "../../src/mail/templates.js";
import { type Lang, LANGUAGES, REQUEST_TYPES } from "../../src/kernel/index.js";

const sender = {
  name: { nl: "Klantwijs B.V.", en: "Klantwijs B.V." },
  contact: "privacy@klantwijs.example",
  authority: {
    name: { nl: "Autoriteit Persoonsgegevens", en: "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)" },
    url: "https://autoriteitpersoonsgegevens.nl",
  },
};
const statusUrl = "https://privacy.example/status/tok_123";

function every(lang: Lang) {
  const common = { lang, sender, statusUrl, type: "access" as const };
  return {
    code: verificationCodeMail({ ...common, code: "042917", minutes: 15 }),
    received: requestReceivedMail({ ...common, receivedOn: "2026-03-05", dueOn: "2026-04-07" }),
    extension: extensionMail({ ...common, months: 2, reason: "Veel verzoeken tegelijk.", dueOn: "2026-06-05" }),
    denial: denialMail({ ...common, reason: "Het verzoek is kennelijk ongegrond." }),
    completion: completionMail({
      ...common,
      download: { url: "https://privacy.example/download/dl_9", expiresOn: "2026-03-12", downloads: 3 },
    }),
    art19: recipientNotificationMail({
      lang,
      sender,
      recipient: "Postmark",
      type: "erasure",
      reference: "req-1",
      completedOn: "2026-03-10",
      identities: [{ type: "email", value: "jan@example.nl" }],
    }),
  };
}

describe("mail templates", () => {
  it("every message exists in Dutch and English, as plain text and HTML, in that language", () => {
    const nl = every("nl");
    const en = every("en");
    for (const name of Object.keys(nl) as (keyof typeof nl)[]) {
      for (const [lang, mail] of [
        ["nl", nl[name]],
        ["en", en[name]],
      ] as const) {
        expect(mail.lang, name).toBe(lang);
        expect(mail.subject.length, name).toBeGreaterThan(5);
        expect(mail.text.length, name).toBeGreaterThan(50);
        expect(mail.html, name).toContain(`<html lang="${lang}">`);
        expect(mail.text, name).toContain("Klantwijs B.V.");
      }
      expect(nl[name].text, name).not.toBe(en[name].text);
      expect(nl[name].text, name).not.toMatch(/\b(your|the|we)\b/i);
      expect(en[name].text, name).not.toMatch(/\b(uw|wij|de|het)\b/);
    }
  });

  it("the code mail carries the code, its lifetime and the status link", () => {
    for (const lang of LANGUAGES) {
      const mail = every(lang).code;
      expect(mail.text).toContain("    042917");
      expect(mail.text).toContain(lang === "nl" ? "15 minuten" : "15 minutes");
      expect(mail.text).toContain(statusUrl);
      expect(mail.html).toContain(`<a href="${statusUrl}">`);
    }
  });

  it("the received mail names the received and due dates in words", () => {
    expect(every("nl").received.text).toContain("uiterlijk op 7 april 2026");
    expect(every("nl").received.text).toContain("op 5 maart 2026 ontvangen");
    expect(every("en").received.text).toContain("by 7 April 2026 at the latest");
  });

  it("the extension mail gives the reason, the months and the new date", () => {
    const nl = every("nl").extension.text;
    expect(nl).toContain("met 2 maanden");
    expect(nl).toContain("> Veel verzoeken tegelijk.");
    expect(nl).toContain("5 juni 2026");
    expect(every("en").extension.text).toContain("by 2 months");
  });

  it("the denial mail gives the reasons, the AP complaint route and the right to go to court", () => {
    const nl = every("nl").denial;
    expect(nl.text).toContain("> Het verzoek is kennelijk ongegrond.");
    expect(nl.text).toContain("Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl)");
    expect(nl.text).toContain("naar de rechter");
    const en = every("en").denial;
    expect(en.text).toContain("lodge a complaint with the Dutch Data Protection Authority");
    expect(en.text).toContain("autoriteitpersoonsgegevens.nl");
    expect(en.text).toContain("go to court");
  });

  it("the completion mail of an access request carries the download link, its limits and its expiry", () => {
    const en = every("en").completion.text;
    expect(en).toContain("https://privacy.example/download/dl_9");
    expect(en).toContain("works 3 times and until 12 March 2026");
  });

  it("the completion mail of an erasure names what was kept, why and until when, and the recipients told", () => {
    const mail = completionMail({
      lang: "nl",
      sender,
      statusUrl,
      type: "erasure",
      kept: [{ what: "invoices", rows: 3, ground: "legal_obligation", law: "AWR art. 52(4)", until: "2031-01-01" }],
      recipients: ["Postmark", "Freshworks Inc."],
    });
    expect(mail.text).toContain("Wij hebben uw gegevens verwijderd.");
    expect(mail.text).toContain("- invoices: 3 records, wettelijke bewaarplicht (AWR art. 52(4)), tot 1 januari 2031");
    expect(mail.text).toContain("Postmark en Freshworks Inc.");
    expect(mail.text).not.toContain("Downloaden");
  });

  it("the completion mail refers the person to each customer holding data the company processes for it", () => {
    const referrals = [{ name: "Atelier A", email: "privacy@a.example", url: "https://a.example/privacy" }, {}];
    const nl = completionMail({ lang: "nl", sender, statusUrl, type: "erasure", referrals }).text;
    expect(nl).toContain("verwerken wij in opdracht van een klant van ons");
    expect(nl).toContain("- Atelier A: privacy@a.example, https://a.example/privacy");
    expect(nl).toContain("- een klant van Klantwijs B.V. (wij hebben geen contactgegevens van die klant vastgelegd)");
    const en = completionMail({ lang: "en", sender, statusUrl, type: "erasure", referrals }).text;
    expect(en).toContain("we have neither disclosed nor changed it");
    expect(en).toContain("- a customer of Klantwijs B.V. (we have not recorded that customer's contact details)");
    expect(completionMail({ lang: "en", sender, statusUrl, type: "erasure" }).text).not.toContain("customer");
  });

  it("every request type has its own completion sentence in both languages", () => {
    const sentences = new Set<string>();
    for (const type of REQUEST_TYPES)
      for (const lang of LANGUAGES)
        sentences.add(completionMail({ lang, sender, statusUrl, type }).text.split("\n\n")[1]!);
    expect(sentences.size).toBe(REQUEST_TYPES.length * 2);
  });

  it("the Art. 19 notice names the person, the reference and the corrections", () => {
    const mail = recipientNotificationMail({
      lang: "en",
      sender,
      recipient: "Freshworks Inc.",
      type: "rectification",
      reference: "req-7",
      completedOn: "2026-03-10",
      identities: [{ type: "email", value: "jan@example.nl" }],
      corrections: [{ field: "name", value: "Jan de Vries" }],
    });
    expect(mail.subject).toBe("Article 19 GDPR: rectification (req-7)");
    expect(mail.text).toContain("- email: jan@example.nl");
    expect(mail.text).toContain("- name: Jan de Vries");
    expect(mail.text).toContain("Please correct the data");
  });

  it("escapes everything in the HTML, and leaves the plain text as written", () => {
    const mail = denialMail({
      lang: "en",
      sender,
      statusUrl,
      type: "erasure",
      reason: '<script>alert("x")</script> & co',
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(mail.text).toContain('> <script>alert("x")</script> & co');
    const link = compose("en", "s", [{ link: 'https://x.example/"onmouseover="x' }]);
    expect(link.html).toContain('href="https://x.example/&quot;onmouseover=&quot;x"');
  });

  it("no message but the Art. 19 notice carries an identity", () => {
    const nl = every("nl");
    for (const [name, mail] of Object.entries(nl)) {
      if (name === "art19") expect(mail.text).toContain("jan@example.nl");
      else expect(mail.text, name).not.toContain("jan@example.nl");
    }
  });
});
