import { describe, expect, it } from "vitest";
import { register, textOf } from "./helpers.js";

// The statement says what the register says, defects included; `check` is what flags them.

const base = { organization: { name: "Voorbeeld B.V.", contact: { email: "info@voorbeeld.example" } } };

describe("verification as the register sets it", () => {
  it("states an ID copy for every request truthfully, with masking advice", () => {
    const reg = register({
      ...base,
      rights: {
        verification: {
          methods: ["id_copy"],
          id_copy: "always",
          id_copy_masking: ["bsn", "photo"],
          delete_id_copy_after_verification: true,
        },
      },
    });
    expect(textOf(reg, "nl", "using-your-rights")).toContain(
      "Wij vragen bij elk verzoek om een kopie van uw identiteitsbewijs. Maak daarop uw burgerservicenummer (BSN) en uw pasfoto onleesbaar. Wij verwijderen de kopie zodra wij weten wie u bent.",
    );
    expect(textOf(reg, "en", "using-your-rights")).toContain(
      "We ask for a copy of your identity document with every request. Please black out your citizen service number (BSN) and your photo on it.",
    );
  });

  it("asks for a copy only on reasonable doubt when the register says so, advising all four maskings by default", () => {
    const reg = register({ ...base, rights: { verification: { methods: ["email_code"], id_copy: "on_doubt" } } });
    const text = textOf(reg, "en", "using-your-rights");
    expect(text).toContain("Only if we have reasonable doubt about who you are");
    expect(text).toContain(
      "your citizen service number (BSN), your photo, the machine-readable strip at the bottom (MRZ) and the document number",
    );
    expect(text).toContain("one-time code we send to the e-mail address we have on file");
  });

  it("names the cookie proof and a representative's mandate", () => {
    const reg = register({
      ...base,
      rights: { verification: { methods: ["representative_mandate"], cookie_proof: true } },
    });
    const text = textOf(reg, "en", "using-your-rights");
    expect(text).toContain("sending us that cookie's value");
    expect(text).toContain("written mandate");
  });

  it("gives the register's own response time and the fee rule for excessive requests", () => {
    const reg = register({ ...base, rights: { response_time: "4 weeks", fee: "excessive_only" } });
    const text = textOf(reg, "nl", "using-your-rights");
    expect(text).toContain("uiterlijk binnen 4 weken");
    expect(text).toContain("kennelijk ongegrond of buitensporig");
  });
});

describe("gaps the register leaves", () => {
  const reg = register({
    ...base,
    activities: {
      crm: { name: "CRM", purpose: "klantcontact", data_categories: ["identity.name"] },
      leads: {
        name: { nl: "Leads", en: "Leads" },
        purpose: { nl: "nieuwe klanten vinden", en: "finding new customers" },
        legal_basis: "legitimate_interest",
        legitimate_interest: { interest: { nl: "onze klantenkring uitbreiden", en: "growing our customer base" } },
        data_categories: ["identity.name", "business.job_title"],
        source: {
          from_subject: false,
          description: { nl: "het Handelsregister", en: "the Trade Register" },
          publicly_accessible: true,
        },
      },
    },
    recipients: { crm_vendor: { name: "CRM Inc.", kind: "processor", location: ["US"] } },
  });

  it("prints no text for a legal basis or retention period the register does not record", () => {
    for (const lang of ["nl", "en"] as const) {
      const text = [
        textOf(reg, lang, "activity-crm"),
        textOf(reg, lang, "legal-bases"),
        textOf(reg, lang, "retention"),
      ];
      for (const part of text) expect(part).not.toMatch(/nog niet|niet vastgelegd|not yet|not recorded/i);
    }
    expect(textOf(reg, "nl", "activity-crm")).not.toContain("Grondslag");
    expect(textOf(reg, "en", "retention")).not.toContain("CRM");
  });

  it("leaves an unrecorded transfer safeguard empty instead of describing one", () => {
    const text = textOf(reg, "en", "transfers");
    expect(text).toContain("CRM Inc. United States —");
    expect(text).not.toContain("safeguard for this transfer");
  });

  it("does not claim a balancing test that the register does not record", () => {
    const text = textOf(reg, "en", "legal-bases");
    expect(text).toContain("Growing our customer base");
    expect(text).not.toContain("We weighed in writing");
  });

  it("names the categories and source of data not obtained from the person (Art. 14)", () => {
    const text = textOf(reg, "en", "sources");
    expect(text).toContain("Name and job title");
    expect(text).toContain("We do not get this data from you but from the Trade Register.");
    expect(text).toContain("publicly accessible");
  });

  it("says there is no DPO only when the register records none", () => {
    expect(textOf(reg, "nl", "who-we-are")).not.toContain("functionaris gegevensbescherming");
    const none = register({ ...base, none: ["dpo"] });
    expect(textOf(none, "nl", "who-we-are")).toContain(
      "Wij hebben geen functionaris gegevensbescherming aangesteld. Met vragen over privacy kunt u terecht op de contactgegevens hierboven.",
    );
  });
});

describe("other register settings", () => {
  it("states a cookie wall and pre-ticked boxes as they are", () => {
    const reg = register({
      ...base,
      cookies: [{ name: "ads", purpose: "marketing", party: "third", provider: "AdCo" }],
      consent: { banner: { cookie_wall: true, prechecked: true, reject_on_first_layer: false } },
    });
    const text = textOf(reg, "en", "cookies");
    expect(text).toContain("If you reject the cookies, you cannot use the website.");
    expect(text).toContain("Some choices are ticked in advance.");
    expect(text).not.toContain("Rejecting is as easy as accepting");
    expect(text).toContain("Yes, only with your consent");
  });

  it("renders lifecycle rules, the erasure request and the sharing promise", () => {
    const reg = register({
      ...base,
      activities: {
        app: {
          name: "App",
          purpose: "de app leveren",
          legal_basis: "contract",
          retention: "while_customer",
          lifecycle: ["cancellation"],
        },
      },
      retention: {
        while_customer: { period: "1 month", after: "relationship_end", erasure_request: true },
        cancellation: { period: "14 days", after: "contract_end", undo_window: "14 days", backup_purge: "1 month" },
      },
      sharing: { sells_data: false },
    });
    const text = textOf(reg, "nl", "retention");
    expect(text).toContain(
      "1 maand nadat u geen klant of relatie van ons meer bent. Dat moment geldt ook als uw verzoek om de gegevens te verwijderen.",
    );
    expect(text).toContain("Daarnaast: 14 dagen na het einde van de overeenkomst.");
    expect(text).toContain("u hebt 14 dagen om dit ongedaan te maken");
    expect(text).toContain("uit back-ups binnen 1 maand");
    expect(textOf(reg, "nl", "recipients")).toContain("Wij verkopen uw gegevens niet aan derden.");
  });

  it("places the register's extra paragraphs in their section, and unknown keys in a section of their own", () => {
    const reg = register({
      ...base,
      security: { measures: ["backups"] },
      statement: {
        version: "1",
        effective_date: "2026-01-01",
        extra: { security: { nl: "Wij doen mee aan een bug bounty.\n\nMeld lekken bij ons." }, other: "Iets anders." },
      },
    });
    expect(textOf(reg, "nl", "security")).toContain("Wij doen mee aan een bug bounty.\nMeld lekken bij ons.");
    expect(textOf(reg, "nl", "further-information")).toContain("Iets anders.");
  });

  it("writes a retention hold with a law it does not know as 'the law'", () => {
    const reg = register({
      ...base,
      activities: { hr: { name: "HR", purpose: "salaris", legal_basis: "legal_obligation", retention: "payroll" } },
      retention: {
        payroll: {
          period: "2 years",
          after: "relationship_end",
          holds: [{ ground: "legal_obligation", law: "Wet X art. 1", period: "5 years" }],
        },
      },
    });
    expect(textOf(reg, "en", "retention")).toContain(
      "Where needed we keep it longer: for 5 years, because the law (Wet X art. 1) requires it.",
    );
  });
});
