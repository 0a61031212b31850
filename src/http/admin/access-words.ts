import type { InLang, Lang } from "../../kernel/index.js";
import { textIn } from "../../kernel/index.js";

/** The console's words for support access grants. */
export interface AccessWords {
  title: string;
  intro: string;
  none: string;
  colTenant: string;
  colParty: string;
  colReason: string;
  colReference: string;
  colState: string;
  colRequested: string;
  colApproved: string;
  colCustomer: string;
  colUntil: string;
  colWindow: string;
  staff: string;
  states: Record<string, string>;
  customer: Record<string, string>;
  kinds: Record<string, string>;
  requestTitle: string;
  tenant: string;
  tenantHint: string;
  party: string;
  /** The empty choice of the party list, before one is picked. */
  chooseParty: string;
  reason: string;
  reasonHint: string;
  referenceKind: string;
  reference: string;
  minutes: string;
  minutesHint: (max: number) => string;
  ask: string;
  approve: string;
  revoke: string;
  revokeReason: string;
  token: string;
  tokenTitle: string;
  tokenShownOnce: (until: string) => string;
  detailTitle: string;
  usesTitle: string;
  noUses: string;
  colAt: string;
  colAction: string;
  colWithin: string;
  within: string;
  outside: string;
  done: Record<string, string>;
  refused: string;
  notConfigured: string;
  engagementsTitle: string;
  engagementsIntro: string;
  noEngagements: string;
  colOpened: string;
  actionsCol: string;
  close: string;
  openEngagement: string;
  engagementKind: string;
  engagementRef: string;
  engagementTitle: string;
}

export const ACCESS_WORDS = {
  nl: {
    title: "Supporttoegang",
    intro:
      "Toegang tot de gegevens van één klant (tenant), alleen met een reden en een ticket, project of incident, goedgekeurd door een ander, en die vanzelf verloopt. Elk gebruik staat in het auditlog.",
    none: "Nog geen toegang gevraagd.",
    colTenant: "Tenant",
    colParty: "Wie",
    colReason: "Reden",
    colReference: "Referentie",
    colState: "Stand",
    colRequested: "Gevraagd door",
    colApproved: "Goedgekeurd door",
    colCustomer: "Akkoord klant",
    colUntil: "Tot",
    colWindow: "Open van – tot",
    staff: "eigen medewerkers",
    states: {
      requested: "wacht op goedkeuring",
      awaiting_customer: "wacht op de klant",
      active: "open",
      expired: "verlopen",
      declined: "geweigerd door de klant",
      revoked: "ingetrokken",
    },
    customer: { not_required: "niet nodig", awaiting: "gevraagd", approved: "akkoord", declined: "geweigerd" },
    kinds: { ticket: "Ticket", project: "Project", incident: "Incident" },
    requestTitle: "Toegang vragen",
    tenant: "Tenant",
    tenantHint: "De sleutel van de klant in de applicatie.",
    party: "Voor wie",
    chooseParty: "Kies voor wie",
    reason: "Reden",
    reasonHint: "Waarom toegang nodig is; zonder persoonsgegevens.",
    referenceKind: "Soort referentie",
    reference: "Nummer van ticket, project of incident",
    minutes: "Duur in minuten",
    minutesHint: (max) => `Hooguit ${max} minuten (de max_duration in het register); leeg is het maximum.`,
    ask: "Toegang vragen",
    approve: "Goedkeuren",
    revoke: "Intrekken",
    revokeReason: "Reden van intrekken",
    token: "Token maken",
    tokenTitle: "Token voor deze toegang",
    tokenShownOnce: (until) =>
      `Alleen hier te zien; geldig tot ${until}. De applicatie controleert het met de gepubliceerde sleutels.`,
    detailTitle: "Toegang",
    usesTitle: "Gebruik volgens de applicatie",
    noUses: "Nog geen gebruik gemeld.",
    colAt: "Wanneer",
    colAction: "Handeling",
    colWithin: "Binnen de toegang",
    within: "ja",
    outside: "nee",
    done: {
      requested: "De toegang is gevraagd. Een ander keurt hem goed.",
      opened: "Geopend.",
      closed: "Gesloten; de toegang die het noemde is ingetrokken.",
      approved: "Goedgekeurd.",
      revoked: "Ingetrokken.",
    },
    refused: "Dit kan niet",
    notConfigured: "Er is geen sleutel ingesteld (WAARBORG_GRANT_SIGNING_KEY): er kan geen token worden gemaakt.",
    engagementsTitle: "Open projecten en incidenten",
    engagementsIntro:
      "Externe partijen krijgen alleen toegang die een open project of incident noemt. Sluiten trekt die toegang in.",
    noEngagements: "Geen open projecten of incidenten.",
    colOpened: "Geopend",
    actionsCol: "Acties",
    close: "Sluiten",
    openEngagement: "Project of incident openen",
    engagementKind: "Soort",
    engagementRef: "Nummer",
    engagementTitle: "Omschrijving",
  },
  en: {
    title: "Support access",
    intro:
      "Access to one customer's (tenant's) data, only with a reason and a ticket, project or incident, approved by someone else, and ending by itself. Every use is in the audit log.",
    none: "No access asked for yet.",
    colTenant: "Tenant",
    colParty: "Who",
    colReason: "Reason",
    colReference: "Reference",
    colState: "State",
    colRequested: "Asked by",
    colApproved: "Approved by",
    colCustomer: "Customer's approval",
    colUntil: "Until",
    colWindow: "Open from – until",
    staff: "own staff",
    states: {
      requested: "awaiting approval",
      awaiting_customer: "awaiting the customer",
      active: "open",
      expired: "expired",
      declined: "declined by the customer",
      revoked: "revoked",
    },
    customer: { not_required: "not needed", awaiting: "asked", approved: "approved", declined: "declined" },
    kinds: { ticket: "Ticket", project: "Project", incident: "Incident" },
    requestTitle: "Ask for access",
    tenant: "Tenant",
    tenantHint: "The customer's key in the application.",
    party: "For whom",
    chooseParty: "Choose for whom",
    reason: "Reason",
    reasonHint: "Why access is needed; no personal data.",
    referenceKind: "Kind of reference",
    reference: "Ticket, project or incident number",
    minutes: "Duration in minutes",
    minutesHint: (max) => `At most ${max} minutes (the register's max_duration); empty is the maximum.`,
    ask: "Ask for access",
    approve: "Approve",
    revoke: "Revoke",
    revokeReason: "Reason for revoking",
    token: "Make a token",
    tokenTitle: "Token for this access",
    tokenShownOnce: (until) =>
      `Shown only here; valid until ${until}. The application checks it with the published keys.`,
    detailTitle: "Access",
    usesTitle: "Uses reported by the application",
    noUses: "No use reported yet.",
    colAt: "When",
    colAction: "Action",
    colWithin: "Within the grant",
    within: "yes",
    outside: "no",
    done: {
      requested: "Access was asked for. Someone else approves it.",
      opened: "Opened.",
      closed: "Closed; the access that named it is revoked.",
      approved: "Approved.",
      revoked: "Revoked.",
    },
    refused: "This cannot be done",
    notConfigured: "No key is set (WAARBORG_GRANT_SIGNING_KEY): no token can be made.",
    engagementsTitle: "Open projects and incidents",
    engagementsIntro:
      "External parties only get access that names an open project or incident. Closing one revokes that access.",
    noEngagements: "No open projects or incidents.",
    colOpened: "Opened",
    actionsCol: "Actions",
    close: "Close",
    openEngagement: "Open a project or incident",
    engagementKind: "Kind",
    engagementRef: "Number",
    engagementTitle: "Description",
  },
} satisfies InLang<AccessWords>;

export function accessWords(lang: Lang): AccessWords {
  return textIn(lang, ACCESS_WORDS);
}
