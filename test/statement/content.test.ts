import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { buildStatement, renderStatement } from "../../src/statement/index.js";
import { plainText } from "../../src/documents/model.js";
import { findSection, loadDemo, textOf } from "./helpers.js";

// The demo register, section by section: every element of Art. 13/14 the statement must name, in both languages.

let demo: Register;
beforeAll(async () => {
  demo = await loadDemo();
});

/** [section id, Dutch phrases, English phrases]: each phrase must appear in that section. */
const EXPECTED: [string, string[], string[]][] = [
  [
    "who-we-are",
    [
      "Klantwijs B.V.",
      "Stationsplein 12, 3511 ED Utrecht",
      "Kamer van Koophandel onder nummer 90123456",
      "info@klantwijs.example",
      "+31 30 123 4567",
      "functionaris gegevensbescherming",
      "fg@klantwijs.example",
    ],
    [
      "Klantwijs B.V.",
      "Stationsplein 12, 3511 ED Utrecht",
      "Chamber of Commerce (KvK) under number 90123456",
      "info@klantwijs.example",
      "+31 30 123 4567",
      "data protection officer",
      "fg@klantwijs.example",
    ],
  ],
  [
    "activity-account",
    [
      "u een account geven en de afgesproken dienst leveren",
      "omdat dit nodig is om de overeenkomst met u uit te voeren",
      "12 maanden na het einde van de overeenkomst",
      "Zonder deze gegevens kunnen wij geen account voor u aanmaken",
      "CloudNL Hosting B.V.",
    ],
    [
      "giving you an account and providing the agreed service",
      "because we need it to perform our contract with you",
      "12 months after the contract ends",
      "Without these details we cannot create an account for you",
      "CloudNL Hosting B.V.",
    ],
  ],
  [
    "activity-invoicing",
    [
      "facturen sturen",
      "omdat de wet ons dat verplicht",
      "7 jaar na het einde van het boekjaar",
      "Automatische betalingsherinneringen en blokkade",
    ],
    [
      "sending invoices",
      "because the law requires us to",
      "7 years after the end of the financial year",
      "Automatic payment reminders and suspension",
    ],
  ],
  [
    "activity-security_logging",
    ["gerechtvaardigd belang", "het beveiligen van uw account en onze systemen", "bezwaar"],
    ["legitimate interest", "keeping your account and our systems secure", "object"],
  ],
  [
    "activity-newsletter",
    [
      "u onze nieuwsbrief sturen",
      "omdat u daar toestemming voor hebt gegeven",
      "met de afmeldlink onder elke nieuwsbrief",
      "vrijwillig",
    ],
    [
      "sending you our newsletter",
      "because you have given your consent",
      "with the unsubscribe link in every newsletter",
      "up to you",
    ],
  ],
  [
    "legal-bases",
    [
      "op 1 september 2026 schriftelijk afgewogen",
      "beperkte inbreuk",
      "U kunt bezwaar maken",
      "opnieuw een afweging",
      "op elk moment intrekken",
      "blijft rechtmatig",
    ],
    [
      "on 1 September 2026",
      "limited intrusion",
      "You can object",
      "weigh the interests again",
      "withdraw your consent at any time",
      "remains lawful",
    ],
  ],
  [
    "retention",
    [
      "12 maanden na het einde van de overeenkomst. Daarna verwijderen wij ze.",
      "7 jaar, omdat de belastingwet (AWR art. 52(4)) dat verplicht",
      "2 jaar nadat uw vraag of verzoek is afgehandeld. Daarna maken wij ze anoniem",
      "90 dagen nadat wij ze hebben verzameld",
      "30 dagen nadat u uw toestemming hebt ingetrokken",
      "14 maanden nadat wij ze hebben verzameld",
      "u hebt 14 dagen om dit ongedaan te maken",
      "uit back-ups binnen 3 maanden",
    ],
    [
      "12 months after the contract ends. After that we delete it.",
      "for 7 years, because tax law (AWR art. 52(4)) requires it",
      "2 years after your question or request has been dealt with. After that we anonymise it",
      "90 days after we collect it",
      "30 days after you withdraw your consent",
      "14 months after we collect it",
      "you have 14 days to undo it",
      "from backups within 3 months",
    ],
  ],
  [
    "recipients",
    [
      "CloudNL Hosting B.V.",
      "Postmark (ActiveCampaign LLC)",
      "Mollie B.V.",
      "Administratiekantoor De Boer",
      "Freshworks Inc.",
      "Plausible Insights OÜ",
      "verwerkersovereenkomst",
      "zelf verantwoordelijk",
    ],
    [
      "CloudNL Hosting B.V.",
      "Postmark (ActiveCampaign LLC)",
      "Mollie B.V.",
      "Administratiekantoor De Boer",
      "Freshworks Inc.",
      "Plausible Insights OÜ",
      "data processing agreement",
      "responsible for it themselves",
    ],
  ],
  [
    "transfers",
    ["Verenigde Staten", "EU-US Data Privacy Framework", "standaardcontractbepalingen", "adequaatheidsbesluit"],
    ["United States", "EU-US Data Privacy Framework", "standard contractual clauses", "adequacy decision"],
  ],
  [
    "customer-data",
    ["verwerkingsverantwoordelijke", "de klant die de gegevens invoert", "wij zijn verwerker"],
    ["controller", "the customer who enters the data", "we are the processor"],
  ],
  [
    "your-rights",
    [
      "Inzage",
      "Verbetering en aanvulling",
      "Verwijdering",
      "Beperking",
      "Bezwaar",
      "Overdraagbaarheid",
      "Toestemming intrekken",
      "Tegen direct marketing kunt u altijd bezwaar maken",
      "medewerker",
      "Autoriteit Persoonsgegevens",
      "autoriteitpersoonsgegevens.nl",
      "binnen een maand",
      "twee maanden",
      "gratis",
      "eenmalige code",
      "ingelogd",
      "nooit om een kopie van uw identiteitsbewijs",
      "https://privacy.klantwijs.example",
      "privacy@klantwijs.example",
    ],
    [
      "Access",
      "Rectification and completion",
      "Erasure",
      "Restriction",
      "Objection",
      "Portability",
      "Withdrawing consent",
      "You can always object to direct marketing",
      "member of staff",
      "Autoriteit Persoonsgegevens",
      "autoriteitpersoonsgegevens.nl",
      "within one month",
      "two months",
      "free of charge",
      "one-time code",
      "signed-in account",
      "never ask for a copy of your identity document",
      "https://privacy.klantwijs.example",
      "privacy@klantwijs.example",
    ],
  ],
  [
    "cookies",
    [
      "kw_session",
      "kw_consent",
      "plausible_id",
      "Plausible Insights OÜ",
      "tot u uw browser sluit",
      "12 maanden",
      "Weigeren is net zo makkelijk als accepteren",
      "Cookie-instellingen",
      "Global Privacy Control",
    ],
    [
      "kw_session",
      "kw_consent",
      "plausible_id",
      "Plausible Insights OÜ",
      "until you close your browser",
      "12 months",
      "Rejecting is as easy as accepting",
      "Cookie settings",
      "Global Privacy Control",
    ],
  ],
  [
    "automated-decisions",
    [
      "14 dagen na de vervaldatum",
      "U kunt tijdelijk niet bij uw account",
      "medewerker het besluit opnieuw bekijkt",
      "finance@klantwijs.example",
      "Overdracht aan een gerechtsdeurwaarder na 60 dagen",
      "online vragen via https://privacy.klantwijs.example",
      "binnen 14 dagen",
    ],
    [
      "14 days after its due date",
      "You temporarily lose access",
      "member of staff to look at the decision again",
      "finance@klantwijs.example",
      "Claim handed to a bailiff after 60 days",
      "ask for it online at https://privacy.klantwijs.example",
      "within 14 days",
    ],
  ],
  ["children", ["16 jaar", "ouder of voogd"], ["under 16", "parent or guardian"]],
  [
    "security",
    ["versleuteld", "tweestapsverificatie", "ISO 27001"],
    ["encrypted", "multi-factor authentication", "ISO 27001"],
  ],
  [
    "support-access",
    ["medewerkers van onze klantenservice", "concrete reden", "hooguit 8 uur", "akkoord", "vastgelegd"],
    ["our support staff", "specific reason", "at most 8 hours", "approved", "logged"],
  ],
  [
    "changes",
    ["versie 3.0", "1 november 2026", "ten minste 30 dagen van tevoren", "per e-mail en op onze website"],
    ["version 3.0", "1 November 2026", "at least 30 days in advance", "by e-mail and on our website"],
  ],
  [
    "contact",
    ["info@klantwijs.example", "fg@klantwijs.example", "Autoriteit Persoonsgegevens"],
    ["info@klantwijs.example", "fg@klantwijs.example", "Autoriteit Persoonsgegevens"],
  ],
];

describe.each(["nl", "en"] as Lang[])("the demo statement in %s", (lang) => {
  it.each(EXPECTED)("section %s names what Art. 13/14 requires", (id, nl, en) => {
    // Case-insensitive: register phrases start a sentence or follow a label, capitalised or not.
    const text = textOf(demo, lang, id).toLowerCase();
    const missing = (lang === "nl" ? nl : en).filter((phrase) => !text.includes(phrase.toLowerCase()));
    expect(missing, `section ${id} lacks these phrases`).toEqual([]);
  });

  it("has every controller activity as its own subsection, with purpose and legal basis", () => {
    const doc = buildStatement(demo, lang);
    for (const [id, activity] of Object.entries(demo.activities).filter(([, a]) => a.role === "controller")) {
      const text = plainText(
        findSection(doc, `activity-${id}`).blocks.flatMap((b) => (b.type === "list" ? b.items.flat() : [])),
      );
      const purpose = typeof activity.purpose === "string" ? activity.purpose : (activity.purpose[lang] ?? "");
      expect(text.toLowerCase()).toContain(purpose.toLowerCase());
      expect(text).toMatch(
        lang === "nl" ? /Grondslag: Wij verwerken deze gegevens omdat/ : /Legal basis: We process this data because/,
      );
    }
  });

  it("lists processors and independent controllers in separate tables", () => {
    const tables = findSection(buildStatement(demo, lang), "recipients").blocks.filter((b) => b.type === "table");
    const names = tables.map((t) => (t.type === "table" ? t.rows.map((r) => plainText(r[0] ?? [])) : []));
    expect(names).toEqual([
      [
        "CloudNL Hosting B.V.",
        "Postmark (ActiveCampaign LLC)",
        "Administratiekantoor De Boer",
        "Freshworks Inc.",
        "Plausible Insights OÜ",
      ],
      ["Hetzner Online GmbH"],
      ["Mollie B.V."],
    ]);
  });

  it("names the sub-processors the register records, with the processor that engages them", () => {
    const tables = findSection(buildStatement(demo, lang), "recipients").blocks.filter((b) => b.type === "table");
    const sub = tables[1];
    expect(sub?.type === "table" ? sub.rows.map((r) => r.map((cell) => plainText(cell))) : []).toEqual([
      [
        "Hetzner Online GmbH",
        "CloudNL Hosting B.V.",
        lang === "nl" ? "datacenter" : "data centre",
        lang === "nl" ? "Duitsland" : "Germany",
      ],
    ]);
  });

  it("gives the cookie table a name, provider, purpose and duration column", async () => {
    const cookies = findSection(buildStatement(demo, lang), "cookies").blocks.find((b) => b.type === "table");
    expect(cookies?.type === "table" && cookies.rows.map((r) => r.length)).toEqual([5, 5, 5]);
    const md = (await renderStatement(demo, { lang, format: "md" })) as string;
    expect(md).toMatch(/^\| plausible_id \| Plausible Insights OÜ \| .+ \| 12 (maanden|months) \| .+ \|$/m);
  });

  it("shows the version and effective date under the title", () => {
    const doc = buildStatement(demo, lang);
    expect(doc.subtitle).toBe(
      lang === "nl" ? "Versie 3.0 · geldig vanaf 1 november 2026" : "Version 3.0 · effective 1 November 2026",
    );
  });

  it("never prints a placeholder for a missing value", async () => {
    for (const format of ["md", "html"] as const) {
      const out = (await renderStatement(demo, { lang, format })) as string;
      expect(out).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });
});
