import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { buildStatement } from "../../src/statement/index.js";
import { allSections, blockText, register } from "./helpers.js";

// Silence is never a promise. Each sentence below says something the organisation does or does not do;
// a register with only the mandatory facts, gaps included, must print none of them, and recording the
// one fact a sentence rests on (on, or none) must bring it back, so this test fails if either drifts.

type Input = Parameters<typeof register>[0];

/** The mandatory facts only: who, one activity with its basis and period, a request channel. */
const MINIMAL: Input = {
  organization: { name: "Stil B.V.", contact: { email: "info@stil.example" } },
  subjects: { customers: { name: { nl: "klanten", en: "customers" } } },
  activities: {
    orders: {
      name: { nl: "Bestellingen", en: "Orders" },
      purpose: { nl: "bestellingen leveren", en: "delivering orders" },
      legal_basis: "contract",
      subjects: ["customers"],
      data_categories: ["identity.name", "contact.email"],
      retention: "orders",
    },
  },
  retention: { orders: { period: "2 years", after: "contract_end" } },
  rights: { channels: [{ kind: "email", address: "privacy@stil.example" }] },
};

const merge = (patch: Partial<Input>): Input => ({ ...MINIMAL, ...patch });

/** The minimal register and its usual gaps: what people leave out when they write a register. */
const SILENT_VARIANTS: Record<string, Input> = {
  "the mandatory facts only": MINIMAL,
  "a recipient whose location is not recorded": merge({
    recipients: { mailer: { name: "Mailer B.V.", kind: "processor", agreement: "signed" } },
  }),
  "an activity that collects cookie identifiers": merge({
    activities: {
      ...MINIMAL.activities,
      site: {
        name: { nl: "Website", en: "Website" },
        purpose: { nl: "de website tonen", en: "showing the website" },
        legal_basis: "legitimate_interest",
        legitimate_interest: { interest: { nl: "een werkende website", en: "a working website" } },
        data_categories: ["online.cookie_id"],
      },
    },
  }),
  "a privacy officer with the DPO status unrecorded": merge({
    organization: {
      ...MINIMAL.organization,
      privacy_officer: { name: "Privacy officer", email: "po@stil.example" },
    },
  }),
  "verification without an ID-copy policy": merge({
    rights: { ...MINIMAL.rights, verification: { methods: ["account_login"] } },
  }),
  "an activity without legal basis, retention or interest": merge({
    activities: {
      ...MINIMAL.activities,
      crm: {
        name: "CRM",
        purpose: "klantcontact",
        data_categories: ["identity.name", "special.health"],
        role: "controller",
      },
      leads: {
        name: "Leads",
        purpose: "leads",
        legal_basis: "legitimate_interest",
        data_categories: ["identity.name"],
      },
    },
    recipients: { crm: { name: "CRM Inc.", kind: "processor", location: ["US"] } },
  }),
  "a consent purpose without its mechanism": merge({
    consent: { purposes: { news: { name: "Nieuwsbrief", description: "nieuws" } } },
  }),
  "a minimum age without saying whom the service is for": merge({
    minors: { minimum_age: 16, parental_consent: true },
  }),
  "an automated decision without its logic": merge({
    automated_decisions: { score: { name: "Score", legal_effect: false } },
  }),
};

/** The claims a variant does record beside the gap it leaves: a decision has a review right, a purpose withdrawal. */
const ALSO_RECORDED: Record<string, string[]> = {
  "an automated decision without its logic": ["the right to human review of automated decisions"],
  "a consent purpose without its mechanism": ["the right to withdraw consent"],
  "a minimum age without saying whom the service is for": ["a children's section with the age of 16"],
};

interface Claim {
  claim: string;
  nl: string;
  en: string;
  /** The fact the sentence rests on, recorded on the minimal register. */
  fact: Input;
}

const CLAIMS: Claim[] = [
  {
    claim: "no transfers outside the EEA",
    nl: "Wij geven uw gegevens niet door aan ontvangers buiten de Europese Economische Ruimte",
    en: "We do not transfer your data to recipients outside the European Economic Area",
    fact: merge({ none: ["transfers"] }),
  },
  {
    claim: "no one outside the organisation receives data",
    nl: "Wij delen uw gegevens met niemand buiten onze organisatie",
    en: "We share your data with no one outside our organisation",
    fact: merge({ none: ["recipients"] }),
  },
  {
    claim: "no cookies",
    nl: "Wij gebruiken geen cookies",
    en: "We do not use cookies",
    fact: merge({ none: ["cookies"] }),
  },
  {
    claim: "never an ID copy",
    nl: "Wij vragen nooit om een kopie van uw identiteitsbewijs",
    en: "We never ask for a copy of your identity document",
    fact: merge({ rights: { ...MINIMAL.rights, verification: { id_copy: "never" } } }),
  },
  {
    claim: "a one-time code to verify",
    nl: "met een eenmalige code",
    en: "a one-time code",
    fact: merge({ rights: { ...MINIMAL.rights, verification: { methods: ["email_code"] } } }),
  },
  {
    claim: "a children's section with the age of 16",
    nl: "jonger dan 16 jaar",
    en: "under 16",
    fact: merge({ minors: { minimum_age: 16, parental_consent: true } }),
  },
  {
    claim: "no automated decisions",
    nl: "Wij nemen geen besluiten over u die uitsluitend automatisch tot stand komen",
    en: "We do not take decisions about you that are made solely by automated means",
    fact: merge({ none: ["automated_decisions"] }),
  },
  {
    claim: "the right to human review of automated decisions",
    nl: "Menselijke blik op automatische besluiten",
    en: "Human review of automated decisions",
    fact: merge({
      automated_decisions: {
        score: { name: "Score", logic: "a score", legal_effect: true, human_review: { channel: "mail us" } },
      },
    }),
  },
  {
    claim: "the right to withdraw consent",
    nl: "Toestemming intrekken:",
    en: "Withdrawing consent:",
    fact: merge({
      activities: {
        news: {
          name: "Nieuwsbrief",
          purpose: "nieuws sturen",
          legal_basis: "consent",
          data_categories: ["contact.email"],
          retention: "orders",
        },
      },
    }),
  },
  {
    claim: "the privacy officer is not a DPO",
    nl: "Dit is geen functionaris gegevensbescherming",
    en: "This is not a data protection officer",
    fact: merge({
      organization: { ...MINIMAL.organization, privacy_officer: { name: "Privacy officer", email: "po@stil.example" } },
      none: ["dpo"],
    }),
  },
  {
    claim: "no DPO appointed",
    nl: "Wij hebben geen functionaris gegevensbescherming aangesteld",
    en: "We have not appointed a data protection officer",
    fact: merge({ none: ["dpo"] }),
  },
  {
    claim: "the service is not meant for children",
    nl: "Onze dienst is niet bedoeld voor kinderen",
    en: "Our service is not meant for children",
    fact: merge({ minors: { targets_children: false } }),
  },
  {
    claim: "consent given by opting in",
    nl: "U geeft toestemming door dat zelf actief aan te geven",
    en: "You give consent by actively opting in",
    fact: merge({
      consent: { purposes: { news: { name: "Nieuwsbrief", description: "nieuws", mechanism: "opt_in" } } },
    }),
  },
  {
    claim: "security in general words",
    nl: "Wij beveiligen uw gegevens tegen verlies",
    en: "We protect your data against loss",
    fact: merge({ security: { measures: ["backups"] } }),
  },
];

/** Wording that reports a gap: never in a published statement, whatever the register leaves out. */
const GAP_WORDS = /nog niet|niet vastgelegd|niet omschreven|not yet|not recorded|not described|not set/i;

function statementText(reg: Register, lang: Lang): string {
  const doc = buildStatement(reg, lang);
  return [
    doc.title,
    doc.subtitle,
    ...doc.intro.map(blockText),
    ...allSections(doc).flatMap((s) => [s.heading, ...s.blocks.map(blockText)]),
  ]
    .join("\n")
    .replace(/\s+/g, " ");
}

describe.each(["nl", "en"] as const)("a register that leaves facts out (%s)", (lang) => {
  describe.each(Object.entries(SILENT_VARIANTS))("%s", (name, input) => {
    const text = statementText(register(input), lang);
    it.each(CLAIMS.filter((c) => !(ALSO_RECORDED[name] ?? []).includes(c.claim)))(
      "does not claim $claim",
      ({ [lang]: sentence }) => {
        expect(text).not.toContain(sentence);
      },
    );
    it("prints no wording about a gap", () => {
      expect(text).not.toMatch(GAP_WORDS);
    });
  });
});

describe.each(["nl", "en"] as const)("a register that records the fact (%s)", (lang) => {
  it.each(CLAIMS)("claims $claim", ({ fact, [lang]: sentence }) => {
    expect(statementText(register(fact), lang)).toContain(sentence);
  });
});

describe("saying none where the register also records the thing", () => {
  it("does not print the right to human review when the register says there are no automated decisions", () => {
    const text = statementText(register(merge({ none: ["automated_decisions"] })), "en");
    expect(text).not.toContain("Human review of automated decisions");
  });
});
