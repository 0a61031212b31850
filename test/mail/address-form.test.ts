import { describe, expect, it } from "vitest";
import { confirmationMail, parentMail, unsubscribeFooter } from "../../src/consent/marketing/mails.js";
import { compose } from "../../src/mail/compose.js";
import { reviewOutcomeMail } from "../../src/mail/review-mail.js";
import {
  completionMail,
  denialMail,
  extensionMail,
  type MailSender,
  requestReceivedMail,
  verificationCodeMail,
} from "../../src/mail/templates.js";
import { type Lang, REQUEST_TYPES } from "../../src/kernel/index.js";
import type { FormOfAddress } from "../../src/vocabulary/index.js";
import { addressFaults } from "../helpers/address-form.js";

// Every mail to the person speaks in the register's form of address: "je" where the register says
// je, "u" where it says u (the default), and the same English whichever it says.

const sender = (address?: FormOfAddress): MailSender => ({
  name: { nl: "Klantwijs B.V.", en: "Klantwijs B.V." },
  contact: "privacy@klantwijs.example",
  authority: { name: { nl: "Autoriteit Persoonsgegevens", en: "Dutch DPA" }, url: "https://ap.example" },
  ...(address ? { address } : {}),
});
const statusUrl = "https://privacy.example/status/tok_123";
const parts = { org: "Klantwijs B.V.", purpose: "Nieuwsbrief", link: "https://privacy.example/c/tok" };

/** Every message to the person, each request type's completion with all it can say. */
function everyMail(lang: Lang, form: FormOfAddress | undefined) {
  const s = sender(form);
  const common = { lang, sender: s, statusUrl };
  const byType = REQUEST_TYPES.flatMap((type) => [
    verificationCodeMail({ ...common, type, code: "042917", minutes: 15 }),
    requestReceivedMail({ ...common, type, receivedOn: "2026-03-05", dueOn: "2026-04-07" }),
    extensionMail({ ...common, type, months: 2, reason: "Veel verzoeken.", dueOn: "2026-06-05" }),
    denialMail({ ...common, type, reason: "Kennelijk ongegrond." }),
    completionMail({
      ...common,
      type,
      download: { url: "https://privacy.example/download/dl_9", expiresOn: "2026-03-12", downloads: 3 },
      kept: [{ what: "Facturen", rows: 2, ground: "legal_obligation", until: "2033-01-01" }],
      unreached: ["Betalingen"],
      referrals: [{ name: "Winkel B.V.", email: "privacy@winkel.example" }, {}],
      recipients: ["Postmark"],
    }),
  ]);
  const review = (["upheld", "changed", "withdrawn"] as const).map((outcome) =>
    reviewOutcomeMail({ ...common, decision: "Kredietscore", outcome, reasons: "Zo is het." }),
  );
  const chosen = form ?? "u";
  const subscription = [
    confirmationMail(lang, parts, chosen),
    parentMail(lang, { ...parts, age: { age: 16, article: { nl: "artikel 5 UAVG", en: "Article 5 UAVG" } } }, chosen),
    compose(lang, "Nieuws", unsubscribeFooter(lang, parts, chosen)),
  ];
  return [...byType, ...review, ...subscription];
}

describe("mails to the person in the register's form of address", () => {
  it.each([
    ["je", "je"],
    ["u", "u"],
    ["u", undefined],
  ] as const)("say %s throughout in Dutch (register: %s)", (expected, form) => {
    for (const mail of everyMail("nl", form)) {
      expect(addressFaults([mail.subject, mail.text], expected), mail.subject).toEqual([]);
    }
  });

  it("are read by a checker that sees the other form and an unresolved choice", () => {
    expect(addressFaults(["Kunt u dit lezen?"], "je")).toHaveLength(1);
    expect(addressFaults(["Kun je dit lezen?"], "u")).toHaveLength(1);
    expect(addressFaults(["{Kunt u|Kun je} dit lezen?"], "u").map((f) => f.check)).toContain("template marker");
  });

  it("speak informally where the register says je, and formally by default", () => {
    const je = everyMail("nl", "je")[0]!;
    const u = everyMail("nl", undefined)[0]!;
    expect(je.subject).toBe("Je verificatiecode: 042917");
    expect(je.text).toContain("Je kunt hem invullen op je statuspagina");
    expect(u.text).toContain("U kunt hem invullen op uw statuspagina");
    expect(je.html).toContain("Je persoonlijke statuspagina");
  });

  it("write the same English whatever the form", () => {
    expect(everyMail("en", "je")).toEqual(everyMail("en", "u"));
  });

  it("leave what a person or the company wrote as it was written", () => {
    const mail = denialMail({ lang: "nl", sender: sender("je"), statusUrl, type: "access", reason: "{a|b}" });
    expect(mail.text).toContain("> {a|b}");
  });
});
