import type { Scenario } from "./scenario.js";

/** Processing activities: purposes, bases, data, retention, recipients. */
export const ACTIVITIES: Scenario[] = [
  {
    name: "a new activity",
    edit: (r) => {
      r.activities.surveys = {
        name: { nl: "Klanttevredenheid", en: "Customer satisfaction" },
        purpose: { nl: "u vragen hoe tevreden u bent", en: "asking how satisfied you are" },
        role: "controller",
        legal_basis: "consent",
        subjects: ["customers"],
        data_categories: ["contact.email", "communication.survey"],
        recipients: [],
        automated_decisions: [],
      };
    },
    expect: [
      {
        kind: "activity_added",
        impact: "notify",
        nl: "Nieuwe verwerking: Klanttevredenheid. Doel: u vragen hoe tevreden u bent (grondslag: toestemming). Gegevens: e-mailadres, antwoorden op enquêtes.",
        en: "New processing: Customer satisfaction. Purpose: asking how satisfied you are (legal basis: consent). Data: e-mail address, survey answers.",
      },
    ],
  },
  {
    name: "an activity that ends",
    edit: (r) => {
      delete r.activities.analytics;
    },
    expect: [
      {
        kind: "activity_removed",
        impact: "info",
        nl: "Deze verwerking stopt: Websitestatistieken.",
        en: "This processing ends: Website statistics.",
      },
    ],
  },
  {
    name: "a new wording of the same kind of purpose",
    edit: (r) => {
      r.activities.support!.purpose = { nl: "uw vragen beantwoorden", en: "answering your questions" };
    },
    expect: [
      {
        kind: "purpose_changed",
        impact: "info",
        nl: 'Klantenservice: het doel wordt "uw vragen beantwoorden" (was: "uw vragen beantwoorden en storingen oplossen").',
        en: 'Customer support: the purpose becomes "answering your questions" (was: "answering your questions and fixing problems").',
      },
    ],
  },
  {
    name: "a different purpose",
    edit: (r) => {
      r.activities.support!.purpose = { nl: "u producten aanbieden", en: "offering you products" };
      r.activities.support!.purpose_kind = "marketing.direct";
    },
    expect: [
      {
        kind: "purpose_changed",
        impact: "notify",
        nl: 'Klantenservice: het doel wordt "u producten aanbieden"',
        en: 'Customer support: the purpose becomes "offering you products"',
      },
    ],
  },
  {
    name: "a new legal basis",
    edit: (r) => {
      r.activities.security_logging!.legal_basis = "consent";
    },
    expect: [
      {
        kind: "legal_basis_changed",
        impact: "info",
        nl: "Beveiliging van accounts: de grondslag verandert van gerechtvaardigd belang naar toestemming.",
        en: "Account security: the legal basis changes from legitimate interest to consent.",
      },
    ],
  },
  {
    name: "a data category added and one removed",
    edit: (r) => {
      r.activities.newsletter!.data_categories = ["contact.email", "identity.date_of_birth"];
    },
    expect: [
      {
        kind: "data_category_added",
        impact: "notify",
        nl: "Nieuwsbrief: voortaan verwerken wij ook uw geboortedatum.",
        en: "Newsletter: we now also process your date of birth.",
      },
      {
        kind: "data_category_removed",
        impact: "info",
        nl: "Nieuwsbrief: wij verwerken uw naam niet meer.",
        en: "Newsletter: we no longer process your name.",
      },
    ],
  },
  {
    name: "a longer retention period",
    edit: (r) => {
      r.retention.contract_data!.period = "24 months";
    },
    expect: [
      {
        kind: "retention_longer",
        impact: "notify",
        nl: "Account en abonnement: wij bewaren uw gegevens langer, van 12 maanden na het einde van de overeenkomst naar 24 maanden na het einde van de overeenkomst.",
        en: "Account and subscription: we keep your data longer, from 12 months after the contract ends to 24 months after the contract ends.",
      },
    ],
  },
  {
    name: "a shorter retention period",
    edit: (r) => {
      r.retention.support_tickets!.period = "1 year";
    },
    expect: [
      {
        kind: "retention_shorter",
        impact: "info",
        nl: "Klantenservice: wij bewaren uw gegevens korter, van 2 jaar nadat uw vraag of verzoek is afgehandeld naar 1 jaar nadat uw vraag of verzoek is afgehandeld.",
        en: "Customer support: we keep your data for a shorter time, from 2 years after your question or request has been dealt with to 1 year after your question or request has been dealt with.",
      },
    ],
  },
  {
    name: "a retention period counted from another moment",
    edit: (r) => {
      r.retention.login_events!.after = "last_activity";
    },
    expect: [
      {
        kind: "retention_changed",
        impact: "notify",
        nl: "Beveiliging van accounts: de bewaartermijn verandert van 90 dagen nadat wij ze hebben verzameld naar 90 dagen na uw laatste activiteit.",
        en: "Account security: the retention period changes from 90 days after we collect it to 90 days after your last activity.",
      },
    ],
  },
  {
    name: "another action at the end of the same period",
    edit: (r) => {
      r.retention.support_tickets!.action = "delete";
    },
    expect: [
      {
        kind: "retention_changed",
        impact: "info",
        nl: "van 2 jaar nadat uw vraag of verzoek is afgehandeld, daarna geanonimiseerd naar 2 jaar nadat uw vraag of verzoek is afgehandeld, daarna verwijderd.",
        en: "from 2 years after your question or request has been dealt with, then anonymised to 2 years after your question or request has been dealt with, then deleted.",
      },
    ],
  },
  {
    name: "a period replaced by criteria",
    edit: (r) => {
      r.retention.analytics_data = { criteria: "zolang nodig voor de statistieken", action: "delete", holds: [] };
    },
    expect: [
      {
        kind: "retention_changed",
        impact: "notify",
        nl: "Websitestatistieken: de bewaartermijn verandert van 14 maanden nadat wij ze hebben verzameld naar zolang nodig voor de statistieken.",
        en: "Website statistics: the retention period changes from 14 months after we collect it to zolang nodig voor de statistieken.",
      },
    ],
  },
  {
    name: "a new recipient for an activity",
    edit: (r) => {
      r.activities.security_logging!.recipients.push("helpdesk");
    },
    expect: [
      {
        kind: "recipient_added",
        impact: "notify",
        nl: "Beveiliging van accounts: wij delen gegevens voortaan ook met Freshworks Inc. (verwerker).",
        en: "Account security: we now also share data with Freshworks Inc. (processor).",
      },
    ],
  },
  {
    name: "a recipient dropped from an activity",
    edit: (r) => {
      r.activities.account!.recipients = ["hosting"];
    },
    expect: [
      {
        kind: "recipient_removed",
        impact: "info",
        nl: "Account en abonnement: wij delen geen gegevens meer met Postmark (ActiveCampaign LLC).",
        en: "Account and subscription: we no longer share data with Postmark (ActiveCampaign LLC).",
      },
    ],
  },
];
