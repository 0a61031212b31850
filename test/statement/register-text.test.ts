import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import { buildStatement } from "../../src/statement/index.js";
import { documentText, register, textOf } from "./helpers.js";

// Register text is free: a phrase, a sentence, a label, with or without its full stop. Whatever it is,
// the statement's sentences around it must still hold, and it must stand where it belongs.

type Input = Parameters<typeof register>[0];

const BASE: Input = {
  organization: { name: "Stil B.V.", contact: { email: "info@stil.example" } },
  activities: {
    newsletter: {
      name: { nl: "Nieuwsbrief", en: "Newsletter" },
      purpose: { nl: "nieuws sturen", en: "sending news" },
      legal_basis: "consent",
      consent_purpose: "newsletter",
      data_categories: ["contact.email"],
      retention: "customer",
    },
    invoicing: {
      name: { nl: "Facturen", en: "Invoicing" },
      purpose: { nl: "facturen sturen", en: "sending invoices" },
      legal_basis: "contract",
      data_categories: ["identity.name", "financial.invoice"],
      retention: "customer",
    },
  },
  retention: {
    customer: {
      period: "2 years",
      after: "contract_end",
      holds: [
        {
          ground: "legal_obligation",
          law: "AWR art. 52(4)",
          period: "7 years",
          applies_to: ["financial.invoice"],
          description: { nl: "Fiscale bewaarplicht", en: "tax record keeping" },
        },
      ],
    },
  },
  rights: { channels: [{ kind: "email", address: "privacy@stil.example" }] },
};

const withdrawal = (nl: string, en: string): Input => ({
  ...BASE,
  consent: { purposes: { newsletter: { name: "Nieuwsbrief", description: "nieuws", withdrawal: { nl, en } } } },
});

const text = (input: Input, lang: Lang) => documentText(buildStatement(register(input), lang));

describe("how to withdraw, as the register words it", () => {
  it("follows our sentence when it is a phrase of means", () => {
    const input = withdrawal("met de afmeldlink in elke nieuwsbrief", "with the link in every newsletter");
    expect(text(input, "nl")).toContain("Intrekken kan met de afmeldlink in elke nieuwsbrief.");
    expect(text(input, "nl")).toContain(
      "U kunt uw toestemming altijd intrekken, met de afmeldlink in elke nieuwsbrief.",
    );
    expect(text(input, "en")).toContain("You can withdraw with the link in every newsletter.");
  });

  it("stands as its own sentence, instead of ours, when it is a sentence", () => {
    const input = withdrawal("u kunt zich altijd uitschrijven", "you can always unsubscribe");
    const nl = text(input, "nl");
    const en = text(input, "en");
    expect(nl).toContain("hebt gegeven (toestemming, artikel 6 lid 1 onder a AVG). U kunt zich altijd uitschrijven.");
    expect(nl).not.toMatch(/Intrekken kan u/);
    expect(en).not.toMatch(/withdraw you can|at any time, you can/);
    expect(en).toContain("You can always unsubscribe.");
  });

  it("stands on its own when it starts like a phrase but is a sentence", () => {
    const input = withdrawal(
      "In elke nieuwsbrief staat een afmeldlink",
      "With the link in every newsletter you can leave",
    );
    expect(text(input, "nl")).toContain("In elke nieuwsbrief staat een afmeldlink.");
    expect(text(input, "nl")).not.toMatch(/kan in elke nieuwsbrief staat/);
    expect(text(input, "en")).toContain("With the link in every newsletter you can leave.");
    expect(text(input, "en")).not.toMatch(/withdraw with the link/);
  });

  it("continues a phrase written with a capital in lower case", () => {
    const input = withdrawal("Via de link onderaan elke pagina.", "Through the link at the foot of every page.");
    expect(text(input, "nl")).toContain("Intrekken kan via de link onderaan elke pagina.");
    expect(text(input, "en")).toContain("You can withdraw through the link at the foot of every page.");
  });
});

describe("a legal hold", () => {
  it("is told only under the activities that process the data it keeps", () => {
    const retention = textOf(register(BASE), "nl", "retention");
    const [newsletter, invoicing] = ["Nieuwsbrief:", "Facturen:"].map(
      (lead) => retention.split("\n").find((line) => line.startsWith(lead)) ?? "",
    );
    expect(invoicing).toContain("Een deel ervan (facturen en betaalhistorie) bewaren wij 7 jaar");
    expect(newsletter).toContain("2 jaar na het einde van de overeenkomst");
    expect(newsletter).not.toMatch(/belastingwet|bewaarplicht|extra tijd/);
  });

  it("names only the kept data the activity processes", () => {
    const input: Input = {
      ...BASE,
      retention: {
        customer: {
          ...BASE.retention!.customer!,
          holds: [
            {
              ground: "legal_obligation",
              law: "AWR",
              period: "7 years",
              applies_to: ["financial.invoice", "financial.payment"],
            },
          ],
        },
      },
    };
    const retention = textOf(register(input), "en", "retention");
    expect(retention).toContain("We keep some of it (invoices and payment history) for 7 years");
    expect(retention).not.toContain("payment details");
  });

  it("names its duty in brackets when its description is a label, and lets a sentence stand on its own", () => {
    expect(textOf(register(BASE), "nl", "retention")).toContain(
      "omdat de belastingwet (AWR art. 52(4)) dat verplicht (fiscale bewaarplicht).",
    );
    expect(textOf(register(BASE), "en", "retention")).toContain(
      "because tax law (AWR art. 52(4)) requires it (tax record keeping).",
    );
    const sentence: Input = {
      ...BASE,
      retention: {
        customer: {
          ...BASE.retention!.customer!,
          holds: [
            {
              ground: "legal_obligation",
              law: "AWR art. 52(4)",
              period: "7 years",
              description: "Medewerkers hebben in die tijd geen toegang meer tot de facturen.",
            },
          ],
        },
      },
    };
    expect(textOf(register(sentence), "nl", "retention")).toContain(
      "dat verplicht. Medewerkers hebben in die tijd geen toegang meer tot de facturen.",
    );
  });
});

describe("register text at the end of one of our sentences", () => {
  it("keeps its own full stop and gets no second one", () => {
    const input: Input = { ...BASE, organization: { ...BASE.organization, scope: "de diensten van Stil B.V." } };
    expect(textOf(register(input), "nl", "who-we-are")).toContain(
      "Deze verklaring geldt voor de diensten van Stil B.V.\n",
    );
  });

  it("an outcome of the balancing test is its own sentence after a lead-in", () => {
    const input: Input = {
      ...BASE,
      activities: {
        security: {
          name: "Beveiliging",
          purpose: "beveiligen",
          legal_basis: "legitimate_interest",
          legitimate_interest: {
            interest: "veilige systemen.",
            balancing_test: { outcome: "De inbreuk is beperkt." },
          },
          data_categories: ["online.ip_address"],
        },
      },
    };
    const bases = textOf(register(input), "nl", "legal-bases");
    expect(bases).toContain("zwaarder weegt dan uw privacy. De uitkomst: De inbreuk is beperkt.");
    expect(bases).not.toContain("..");
  });
});

describe("references to other parts of the statement", () => {
  const noDpo = (organization: Input["organization"]): Input => ({ ...BASE, organization, none: ["dpo"] });

  it("points to contact details above only when there are some", () => {
    const listed = textOf(register(noDpo(BASE.organization)), "nl", "who-we-are");
    expect(listed).toContain("op de contactgegevens hierboven");
    const vatOnly = textOf(register(noDpo({ name: "Stil B.V.", vat_id: "NL002455799B11" })), "nl", "who-we-are");
    expect(vatOnly).not.toMatch(/hierboven|bereikt ons zo/);
    expect(vatOnly).toContain("Ons btw-nummer is NL002455799B11.");
  });

  it("sends people for human review to the part that lists the channels, by its heading", () => {
    const input: Input = {
      ...BASE,
      automated_decisions: { scoring: { name: "Score", logic: "een model", legal_effect: true } },
    };
    expect(textOf(register(input), "nl", "automated-decisions")).toContain(
      "Neem daarvoor contact met ons op via de kanalen onder 'Zo gebruikt u uw rechten'.",
    );
    const none: Input = { ...input, organization: { name: "Stil B.V." }, rights: { channels: [] } };
    const silent = textOf(register(none), "en", "automated-decisions");
    expect(silent).toContain("To do so, contact us.");
    expect(silent).not.toContain("channels under");
  });
});
