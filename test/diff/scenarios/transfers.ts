import type { Scenario } from "./scenario.js";

/** Transfers outside the EEA and where recipients keep data. */
export const TRANSFERS: Scenario[] = [
  {
    name: "a new transfer outside the EEA without a safeguard",
    edit: (r) => {
      r.recipients.hosting!.location = ["NL", "US"];
    },
    expect: [
      {
        kind: "transfer_added",
        impact: "notify",
        nl: "Nieuwe doorgifte buiten de EER – Verenigde Staten (US): CloudNL Hosting B.V.; waarborg: geen waarborg vastgelegd.",
        en: "New transfer outside the EEA – United States (US): CloudNL Hosting B.V.; safeguard: no safeguard recorded.",
      },
    ],
  },
  {
    name: "a transfer that ends",
    edit: (r) => {
      r.recipients.helpdesk!.location = ["DE"];
    },
    expect: [
      {
        kind: "transfer_removed",
        impact: "info",
        nl: "Doorgifte buiten de EER stopt – Verenigde Staten (US): Freshworks Inc.",
        en: "Transfer outside the EEA ends – United States (US): Freshworks Inc.",
      },
    ],
  },
  {
    name: "another safeguard",
    edit: (r) => {
      r.recipients.helpdesk!.transfer = { safeguard: "eu_us_dpf" };
    },
    expect: [
      {
        kind: "safeguard_changed",
        impact: "info",
        nl: "Doorgifte buiten de EER – Verenigde Staten (US): Freshworks Inc.; de waarborg verandert van standaardcontractbepalingen (art. 46 AVG) naar EU-US Data Privacy Framework (art. 45 AVG).",
        en: "Transfer outside the EEA – United States (US): Freshworks Inc.; the safeguard changes from standard contractual clauses (Art. 46 GDPR) to EU-US Data Privacy Framework (Art. 45 GDPR).",
      },
    ],
  },
  {
    name: "a safeguard dropped",
    edit: (r) => {
      r.recipients.helpdesk!.transfer = undefined;
    },
    expect: [
      {
        kind: "safeguard_changed",
        impact: "notify",
        nl: "de waarborg verandert van standaardcontractbepalingen (art. 46 AVG) naar geen waarborg vastgelegd.",
        en: "the safeguard changes from standard contractual clauses (Art. 46 GDPR) to no safeguard recorded.",
      },
    ],
  },
  {
    name: "a recipient in another EEA country",
    edit: (r) => {
      r.recipients.hosting!.location = ["NL", "DE"];
    },
    expect: [
      {
        kind: "recipient_country_added",
        impact: "info",
        nl: "CloudNL Hosting B.V. verwerkt gegevens voortaan ook in dit land binnen de EER: Duitsland.",
        en: "CloudNL Hosting B.V. now also processes data in this country inside the EEA: Germany.",
      },
    ],
  },
  {
    name: "a recipient no longer in an EEA country",
    edit: (r) => {
      r.recipients.helpdesk!.location = ["US"];
    },
    expect: [
      {
        kind: "recipient_country_removed",
        impact: "info",
        nl: "Freshworks Inc. verwerkt geen gegevens meer in dit land: Duitsland.",
        en: "Freshworks Inc. no longer processes data in this country: Germany.",
      },
    ],
  },
];
