import type { InLang } from "../../kernel/index.js";

/** The console's words for consent: the acceptance chart and the proof of a consent id. */
export interface ConsentWords {
  title: string;
  intro: string;
  chartTitle: string;
  chartDesc: string;
  noRecords: string;
  colDay: string;
  colGranted: string;
  colRefused: string;
  colRate: string;
  perPurpose: (purpose: string) => string;
  lookupTitle: string;
  consentId: string;
  consentIdHint: string;
  show: string;
  download: string;
  notFound: string;
  proofTitle: string;
  intact: string;
  notIntact: string;
  sealed: string;
  notSealed: string;
  colAt: string;
  colAction: string;
  colChoices: string;
  colShown: string;
  colSeal: string;
  granted: string;
  refused: string;
  gpc: string;
  awaitingParent: string;
  parentConfirmed: string;
  segment: (segment: number, audit: number | undefined) => string;
  unsealed: string;
  actions: Record<string, string>;
}

export const CONSENT_WORDS = {
  nl: {
    title: "Toestemming",
    intro:
      "Wat bezoekers in de cookiemelding kiezen, per doel en per dag. De cijfers tellen de keuzes die al in het auditlog zijn verzegeld.",
    chartTitle: "Acceptatie per doel",
    chartDesc: "Per dag het deel van de keuzes dat het doel accepteerde, één lijn per doel.",
    noRecords: "Nog geen verzegelde keuzes.",
    colDay: "Dag",
    colGranted: "Geaccepteerd",
    colRefused: "Geweigerd",
    colRate: "Percentage",
    perPurpose: (purpose) => `Keuzes voor ${purpose}`,
    lookupTitle: "Bewijs van toestemming",
    consentId: "Toestemmings-id",
    consentIdHint: "Het id uit de cookie-instellingen van de bezoeker, bijvoorbeeld 3f2c…-…",
    show: "Tonen",
    download: "Downloaden als JSON",
    notFound: "Bij dit id hoort geen keuze.",
    proofTitle: "Keuzes bij dit toestemmings-id",
    intact: "Alle keuzes zijn ongewijzigd: hun hashes kloppen met wat is verzegeld.",
    notIntact: "Let op: niet alle hashes kloppen. Deze keuzes zijn na het vastleggen veranderd.",
    sealed: "Alle keuzes staan in het auditlog.",
    notSealed: "De nieuwste keuzes worden binnen enkele seconden in het auditlog verzegeld.",
    colAt: "Tijd (server)",
    colAction: "Handeling",
    colChoices: "Keuzes",
    colShown: "Getoond",
    colSeal: "Verzegeld",
    granted: "ja",
    refused: "nee",
    gpc: "GPC",
    awaitingParent: "wacht op ouder",
    parentConfirmed: "ouder bevestigd",
    segment: (segment, audit) => `segment ${segment}${audit === undefined ? "" : `, auditlog #${audit}`}`,
    unsealed: "nog niet",
    actions: {
      accept_all: "Alles accepteren",
      reject_all: "Alles weigeren",
      custom: "Zelf gekozen",
      withdraw: "Ingetrokken",
      gpc: "GPC-signaal",
      parent_confirmed: "Ouder bevestigde",
    },
  },
  en: {
    title: "Consent",
    intro:
      "What visitors choose in the cookie banner, per purpose and per day. The figures count the choices already sealed in the audit log.",
    chartTitle: "Acceptance per purpose",
    chartDesc: "Per day, the share of choices that accepted the purpose, one line per purpose.",
    noRecords: "No sealed choices yet.",
    colDay: "Day",
    colGranted: "Accepted",
    colRefused: "Refused",
    colRate: "Rate",
    perPurpose: (purpose) => `Choices for ${purpose}`,
    lookupTitle: "Proof of consent",
    consentId: "Consent id",
    consentIdHint: "The id from the visitor's cookie settings, for example 3f2c…-…",
    show: "Show",
    download: "Download as JSON",
    notFound: "No choice was recorded with this id.",
    proofTitle: "Choices under this consent id",
    intact: "Every choice is unchanged: their hashes match what was sealed.",
    notIntact: "Warning: not every hash matches. These choices were changed after they were recorded.",
    sealed: "Every choice is in the audit log.",
    notSealed: "The newest choices are sealed into the audit log within seconds.",
    colAt: "Time (server)",
    colAction: "Action",
    colChoices: "Choices",
    colShown: "Shown",
    colSeal: "Sealed",
    granted: "yes",
    refused: "no",
    gpc: "GPC",
    awaitingParent: "awaiting a parent",
    parentConfirmed: "parent confirmed",
    segment: (segment, audit) => `segment ${segment}${audit === undefined ? "" : `, audit log #${audit}`}`,
    unsealed: "not yet",
    actions: {
      accept_all: "Accept all",
      reject_all: "Reject all",
      custom: "Chose per purpose",
      withdraw: "Withdrew",
      gpc: "GPC signal",
      parent_confirmed: "Parent confirmed",
    },
  },
} satisfies InLang<ConsentWords>;
