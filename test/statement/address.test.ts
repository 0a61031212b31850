import { describe, expect, it } from "vitest";
import { buildStatement } from "../../src/statement/index.js";
import { addressed } from "../../src/vocabulary/index.js";
import { documentText as allText, register } from "./helpers.js";

type Input = Parameters<typeof register>[0];

const INPUT: Input = {
  organization: { name: "Stil B.V.", contact: { email: "info@stil.example" } },
  activities: {
    newsletter: {
      name: { nl: "Nieuwsbrief", en: "Newsletter" },
      purpose: { nl: "nieuws sturen", en: "sending news" },
      legal_basis: "consent",
      consent_purpose: "newsletter",
      data_categories: ["contact.email"],
      retention: "newsletter",
    },
  },
  consent: { purposes: { newsletter: { name: "Nieuwsbrief", description: "nieuws", mechanism: "double_opt_in" } } },
  retention: { newsletter: { period: "30 days", after: "consent_withdrawn" } },
  minors: { minimum_age: 16, parental_consent: true },
  rights: { channels: [{ kind: "email", address: "privacy@stil.example" }] },
};

const dutch = (address?: "u" | "je") =>
  allText(
    buildStatement(register({ ...INPUT, statement: { version: "1", effective_date: "2026-03-05", address } }), "nl"),
  );

describe("the form of address", () => {
  it('is "u" unless the register says otherwise', () => {
    const text = dutch();
    expect(text).toContain("Zo gebruikt u uw rechten");
    expect(text).toContain("Bent u jonger dan 16 jaar, dan hebt u de toestemming");
    expect(text).toContain("30 dagen nadat u uw toestemming hebt ingetrokken");
    expect(text).toContain("U meldt zich aan en bevestigt dat via een link in een e-mail die wij u sturen");
  });

  it('"je" changes the pronoun, the verb that moves before it, and the reflexive', () => {
    const text = dutch("je");
    expect(text).toContain("Zo gebruik je jouw rechten");
    expect(text).toContain("Ben je jonger dan 16 jaar, dan heb je de toestemming");
    expect(text).toContain("30 dagen nadat je jouw toestemming hebt ingetrokken");
    expect(text).toContain("Je meldt je aan en bevestigt dat via een link in een e-mail die wij je sturen");
    expect(text).toContain('met "je" de persoon over wie de gegevens gaan');
  });

  it("leaves English as it is", () => {
    const english = (address: "u" | "je") =>
      allText(
        buildStatement(
          register({ ...INPUT, statement: { version: "1", effective_date: "2026-03-05", address } }),
          "en",
        ),
      );
    expect(english("je")).toBe(english("u"));
  });

  it("resolves every choice in a sentence and nothing else", () => {
    expect(addressed("{Bent u|Ben je} het niet eens, dan {kunt u|kun je} bellen.", "je")).toBe(
      "Ben je het niet eens, dan kun je bellen.",
    );
    expect(addressed("{Bent u|Ben je} het niet eens, dan {kunt u|kun je} bellen.", "u")).toBe(
      "Bent u het niet eens, dan kunt u bellen.",
    );
    expect(addressed("Een {accolade} blijft staan.", "je")).toBe("Een {accolade} blijft staan.");
  });
});
