import type { Scenario } from "./scenario.js";

/** The statement version and who is responsible. */
export const ORGANIZATION: Scenario[] = [
  {
    name: "a new version and effective date",
    edit: (r) => {
      r.statement.version = "3.1";
      r.statement.effective_date = "2027-01-01";
    },
    expect: [
      {
        kind: "version_changed",
        impact: "info",
        nl: "Versie 3.1, geldig vanaf 1 januari 2027, vervangt versie 3.0, geldig vanaf 1 november 2026.",
        en: "Version 3.1, effective 1 January 2027, replaces version 3.0, effective 1 November 2026.",
      },
    ],
  },
  {
    name: "the controller's e-mail address",
    edit: (r) => {
      r.organization.contact = { ...r.organization.contact, email: "hallo@klantwijs.example" };
    },
    expect: [
      {
        kind: "controller_changed",
        impact: "info",
        nl: "Onze gegevens als verwerkingsverantwoordelijke zijn gewijzigd: Klantwijs B.V., Stationsplein 12, 3511 ED Utrecht, Nederland, hallo@klantwijs.example",
        en: "Our details as the controller have changed: Klantwijs B.V., Stationsplein 12, 3511 ED Utrecht, Netherlands, hallo@klantwijs.example",
      },
    ],
  },
  {
    name: "the DPO's contact",
    edit: (r) => {
      r.organization.dpo = { name: "FG", email: "fg2@klantwijs.example" };
    },
    expect: [
      {
        kind: "dpo_changed",
        impact: "info",
        nl: "De contactgegevens van onze functionaris gegevensbescherming zijn gewijzigd: FG, fg2@klantwijs.example.",
        en: "The contact details of our data protection officer have changed: FG, fg2@klantwijs.example.",
      },
    ],
  },
  {
    name: "a DPO appointed",
    side: "old",
    edit: (r) => {
      r.organization.dpo = undefined;
    },
    expect: [
      {
        kind: "dpo_changed",
        impact: "info",
        nl: "Wij hebben een functionaris gegevensbescherming aangesteld: Functionaris gegevensbescherming, fg@klantwijs.example.",
        en: "We have appointed a data protection officer: Functionaris gegevensbescherming, fg@klantwijs.example.",
      },
    ],
  },
  {
    name: "the DPO gone",
    edit: (r) => {
      r.organization.dpo = undefined;
    },
    expect: [
      {
        kind: "dpo_changed",
        impact: "info",
        nl: "Wij hebben geen functionaris gegevensbescherming meer.",
        en: "We no longer have a data protection officer.",
      },
    ],
  },
];
