import type { Lang, Status } from "../../kernel/index.js";

/**
 * The status page's names for where a request stands and for the events in its history, Dutch and
 * English. The Dutch holds both forms of address; centerWords resolves them with the rest.
 */
export interface StatusWords {
  statuses: Record<Status, string>;
  /** The events the status page shows (PUBLIC_EVENTS of the status operation), by kind. */
  events: Record<string, string>;
}

const nl: StatusWords = {
  statuses: {
    received: "Ontvangen",
    verifying: "Wacht op bevestiging met de code uit de e-mail",
    verified: "Bevestigd, wordt in behandeling genomen",
    awaiting_approval: "Bevestigd, wordt beoordeeld door onze privacyfunctionaris",
    in_progress: "In behandeling",
    completed: "Afgerond",
    partially_completed: "Gedeeltelijk afgerond; hieronder {leest u|lees je} waarom",
    denied: "Afgewezen (de redenen staan in de e-mail die wij {u|je} stuurden)",
    cancelled: "Geannuleerd",
  },
  events: {
    received: "Verzoek ontvangen",
    send_code: "Code gestuurd naar {uw|je} e-mailadres",
    verify: "Bevestigd met de code",
    operator_verified: "{Uw|Je} identiteit is door ons vastgesteld",
    app_verified: "Bevestigd doordat {u|je} bent ingelogd op {uw|je} account",
    require_approval: "Voorgelegd aan onze privacyfunctionaris",
    approve: "Goedgekeurd door onze privacyfunctionaris",
    start: "In behandeling genomen",
    engine_done:
      "Uitgevoerd in onze databases en gekoppelde systemen; wij wachten nog op het antwoord van onze andere systemen",
    complete: "Afgerond",
    complete_partially: "Gedeeltelijk afgerond",
    deny: "Afgewezen",
    cancel: "Geannuleerd",
    extended: "Termijn verlengd (de reden staat in de e-mail die wij {u|je} stuurden)",
    clock_paused: "Termijn stilgezet: wij wachten op een bewijs van {uw|je} identiteit",
    clock_resumed: "Termijn loopt weer",
    package_downloaded: "Gegevens gedownload",
    restriction_lifted: "Beperking van de verwerking opgeheven",
    review_taken: "Een medewerker beoordeelt het besluit",
  },
};

const en: StatusWords = {
  statuses: {
    received: "Received",
    verifying: "Waiting for confirmation with the code from the e-mail",
    verified: "Confirmed, about to be handled",
    awaiting_approval: "Confirmed, being reviewed by our privacy officer",
    in_progress: "Being handled",
    completed: "Completed",
    partially_completed: "Partly completed; the reason is below",
    denied: "Refused (the reasons are in the e-mail we sent you)",
    cancelled: "Cancelled",
  },
  events: {
    received: "Request received",
    send_code: "Code sent to your e-mail address",
    verify: "Confirmed with the code",
    operator_verified: "Your identity was established by us",
    app_verified: "Confirmed by your signed-in account",
    require_approval: "Put to our privacy officer",
    approve: "Approved by our privacy officer",
    start: "Being handled",
    engine_done:
      "Carried out in our databases and connected systems; we are still waiting for the answers of our other systems",
    complete: "Completed",
    complete_partially: "Partly completed",
    deny: "Refused",
    cancel: "Cancelled",
    extended: "Period extended (the reason is in the e-mail we sent you)",
    clock_paused: "Period paused: we are waiting for proof of your identity",
    clock_resumed: "Period running again",
    package_downloaded: "Data downloaded",
    restriction_lifted: "Restriction of processing lifted",
    review_taken: "A member of staff is reviewing the decision",
  },
};

export const STATUS_WORDS: Record<Lang, StatusWords> = { nl, en };
