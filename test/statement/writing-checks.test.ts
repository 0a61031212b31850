import { describe, expect, it } from "vitest";
import { type Unit, unitFaults, withoutRegisterText, writingFaults } from "./writing.js";

// The editor's checks must catch what they are for: each crafted bad text below is flagged, and the
// good text next to it is not, so a check that stops working fails here before it passes a bad statement.

const checks = (text: string) => unitFaults(text).map((f) => f.check);
const paragraph = (text: string): Unit => ({ kind: "paragraph", text });

describe("the checks on one piece of text", () => {
  it.each([
    ["double full stop", "Deze verklaring geldt voor Kasboek Online N.V.."],
    ["double full stop", "We keep it. . Then we delete it."],
    ["stray punctuation", "Ons belang: ."],
    ["empty parentheses", "Wij verwerken deze gegevens omdat het moet ()."],
    ["double space", "We keep it  for two years."],
    ["placeholder", "We share it with undefined."],
    ["placeholder", "Recipient: [object Object]"],
    ["placeholder", "Kept for null days."],
    ["template marker", "{U|Je} kunt bezwaar maken."],
    ["template marker", "Neem contact op met ${org}."],
    ["doubled word", "We share it with the the processors."],
    ["doubled word", "Wij delen de de gegevens."],
    ["sentence starts in lower case", "You can withdraw your consent. you can always unsubscribe."],
    ["two sentences glued into one", "You can withdraw you can always unsubscribe from the newsletter."],
    ["two sentences glued into one", "Intrekken kan u kunt zich altijd afmelden; u kunt ook bellen."],
  ])("flags %s in %j", (check, text) => {
    expect(checks(text)).toContain(check);
  });

  it.each([
    "Kasboek Online N.V. verwerkt uw gegevens.",
    "Wij bewaren ze 7 jaar, omdat de belastingwet (AWR art. 52(4)) dat verplicht.",
    "Mail naar privacy@maakwerk.example of kijk op https://www.example.nl.",
    "Omdat de wet dat dat verplicht, bewaren wij ze.",
    "Wacht even... dan gaat het verder.",
    "Versie 3.0 · geldig vanaf 1 november 2026",
  ])("passes good text: %j", (text) => {
    expect(unitFaults(text)).toEqual([]);
  });
});

describe("the checks on a whole document", () => {
  it("flags a label left standing as a sentence, and passes a short sentence that starts a unit", () => {
    const stray = paragraph("Wij bewaren ze 7 jaar, omdat de wet dat verplicht. Fiscale bewaarplicht. Daarna niet.");
    expect(writingFaults([stray], { lang: "nl" }).map((f) => f.check)).toEqual([
      "a label standing as a sentence",
      "a label standing as a sentence",
    ]);
    expect(writingFaults([paragraph("Cookies. Wij gebruiken er twee.")], { lang: "nl" })).toEqual([]);
  });

  it("flags an English word in Dutch text and a Dutch word in English text", () => {
    expect(writingFaults([paragraph("U kunt uw gegevens inzien with one click.")], { lang: "nl" })).toMatchObject([
      { check: 'word of the other language ("with")' },
    ]);
    expect(writingFaults([paragraph("You can see your gegevens at any time.")], { lang: "en" })).toMatchObject([
      { check: 'word of the other language ("gegevens")' },
    ]);
  });

  it("leaves names, e-mail addresses and web addresses out of the language check", () => {
    const units = [paragraph("Wij gebruiken Search The Web Ltd, privacy@the-shop.example en www.for-you.example.")];
    expect(writingFaults(units, { lang: "nl", names: ["Search The Web Ltd"] })).toEqual([]);
  });

  it("flags the other form of address, and not the words that merely contain it", () => {
    const formal = [paragraph("U kunt uw gegevens inzien. Heb je vragen, mail ons.")];
    expect(writingFaults(formal, { lang: "nl", form: "u" })).toMatchObject([{ check: 'other form of address ("je")' }]);
    const informal = [paragraph("Je kunt je gegevens inzien. Wilt u meer weten?")];
    expect(writingFaults(informal, { lang: "nl", form: "je" })).toMatchObject([
      { check: 'other form of address ("u")' },
    ]);
    const words = [paragraph("Uw jeugd, jouwe en juwelen: de U-bocht en het menu.")];
    expect(writingFaults(words, { lang: "nl", form: "u" }).map((f) => f.check)).not.toContain(
      'other form of address ("je")',
    );
  });

  it("flags 'the contact details above' with no contact details above, and passes it with them", () => {
    const claim = paragraph("For privacy questions, please use the contact details above.");
    expect(writingFaults([claim], { lang: "en" })).toMatchObject([
      { check: "reference to something above that is not there" },
    ]);
    const listed: Unit = { kind: "item", text: "E-mail: info@example.nl" };
    expect(writingFaults([listed, claim], { lang: "en" })).toEqual([]);
  });

  it("flags a reference to something above that no check knows, so each new one gets its check", () => {
    expect(writingFaults([paragraph("As explained above, we keep it.")], { lang: "en" })).toMatchObject([
      { check: "reference to something above that no check covers" },
    ]);
  });

  it("flags a reference to a section by a heading that does not exist", () => {
    const units: Unit[] = [
      { kind: "heading", text: "How to use your rights" },
      paragraph("To do so, contact us through the channels under 'Your rights'."),
    ];
    expect(writingFaults(units, { lang: "en" })).toMatchObject([
      { check: "reference to a section that does not exist ('Your rights')" },
    ]);
    units[1] = paragraph("To do so, contact us through the channels under 'How to use your rights'.");
    expect(writingFaults(units, { lang: "en" })).toEqual([]);
  });
});

describe("register text", () => {
  it("is taken out as the statement prints it: capitalised, on one line, with or without its full stop", () => {
    const out = withoutRegisterText("Ons belang: Je account beveiligen. Wij wegen dat af.", [
      "je account\n  beveiligen.",
    ]);
    expect(out).not.toMatch(/account/);
    expect(out).toMatch(/Wij wegen dat af/);
  });
});
