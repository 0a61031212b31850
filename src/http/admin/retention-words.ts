import type { InLang } from "../../kernel/index.js";

/** The console's words for retention: the rules' runs, the rows overdue, the holds and the evidence. */
export interface RetentionConsoleWords {
  nav: string;
  title: string;
  intro: string;
  summaryTitle: string;
  noRules: string;
  /** The rules the sweep leaves to the tenant lifecycle, as one sentence. */
  tenantLifecycle: (rules: string) => string;
  colRule: string;
  colPeriod: string;
  colAction: string;
  colLastRun: string;
  colHandled: string;
  colNextRun: string;
  colOverdue: string;
  colKeptByDuty: string;
  colKeptByLegalHold: string;
  colLegalHolds: string;
  never: string;
  notScheduled: string;
  scheduleOff: string;
  scheduleEvery: (hours: number) => string;
  notCounted: string;
  unknown: string;
  actions: Record<"delete" | "anonymize" | "restrict", string>;
  statuses: Record<string, string>;
  ruleTitle: (rule: string) => string;
  chartTitle: (rule: string) => string;
  chartDesc: (runs: number, overdue: number | null) => string;
  tableCaption: (rule: string) => string;
  noRuns: string;
  colStarted: string;
  colResult: string;
  colKept: string;
  overdueNow: string;
  overdueBar: string;
  holdsTitle: string;
  noHolds: string;
  colScope: string;
  colTarget: string;
  colReason: string;
  colPlaced: string;
  scopes: Record<"person" | "tenant" | "collection", string>;
  evidenceTitle: string;
  evidenceText: string;
  downloadJson: string;
  downloadCsv: string;
}

export const RETENTION_CONSOLE_WORDS: InLang<RetentionConsoleWords> = {
  nl: {
    nav: "Bewaartermijnen",
    title: "Bewaartermijnen",
    intro:
      "Per bewaarregel: wanneer die het laatst is uitgevoerd, hoeveel rijen toen zijn afgehandeld, wanneer de volgende run is en hoeveel rijen nu over hun termijn zijn.",
    summaryTitle: "Regels",
    noRules: "Geen bewaarregel is aan een collectie gekoppeld: er is niets te vegen.",
    tenantLifecycle: (rules) =>
      `Niet geveegd, want gehandhaafd door de levenscyclus van klantomgevingen (waarborg tenant run), met de termijn om ongedaan te maken: ${rules}.`,
    colRule: "Regel",
    colPeriod: "Termijn",
    colAction: "Handeling",
    colLastRun: "Laatste run",
    colHandled: "Afgehandeld",
    colNextRun: "Volgende run",
    colOverdue: "Achterstallig",
    colKeptByDuty: "Bewaard (bewaarplicht)",
    colKeptByLegalHold: "Bewaard (juridische blokkade)",
    colLegalHolds: "Blokkades van kracht",
    never: "nooit",
    notScheduled: "niet ingepland",
    scheduleOff:
      "Er is geen schema ingesteld (WAARBORG_RETENTION_EVERY_HOURS): regels worden alleen uitgevoerd met waarborg retention run.",
    scheduleEvery: (hours) => `Elke regel wordt elke ${hours} uur uitgevoerd.`,
    notCounted:
      "De achterstallige rijen konden niet worden geteld: een van de databases was niet bereikbaar. De cijfers van de runs staan hieronder wel.",
    unknown: "onbekend",
    actions: { delete: "verwijderen", anonymize: "anonimiseren", restrict: "beperken" },
    statuses: {
      running: "bezig",
      completed: "klaar",
      failed: "mislukt",
      interrupted: "afgebroken",
    },
    ruleTitle: (rule) => `Regel ${rule}`,
    chartTitle: (rule) => `Afgehandelde rijen per run, regel ${rule}`,
    chartDesc: (runs, overdue) =>
      `${runs === 0 ? "Nog geen run" : `Eén staaf per run (${runs}) met het aantal afgehandelde rijen`}${overdue === null ? "" : `, en een gearceerde staaf met de ${overdue} rijen die nu achterstallig zijn`}.`,
    tableCaption: (rule) => `Runs van regel ${rule}`,
    noRuns: "Deze regel is nog niet uitgevoerd.",
    colStarted: "Gestart",
    colResult: "Resultaat",
    colKept: "Bewaard",
    overdueNow: "Nu achterstallig",
    overdueBar: "nu",
    holdsTitle: "Juridische blokkades van kracht",
    noHolds: "Er is geen juridische blokkade van kracht.",
    colScope: "Op",
    colTarget: "Wat",
    colReason: "Reden",
    colPlaced: "Geplaatst",
    scopes: { person: "persoon", tenant: "klantorganisatie", collection: "collectie" },
    evidenceTitle: "Bewijs voor een audit",
    evidenceText:
      "Per regel de tekst uit de privacyverklaring en elke run met tijden en aantallen, naast de regels in het auditlog en de kop van de auditketen.",
    downloadJson: "Downloaden als JSON",
    downloadCsv: "Downloaden als CSV",
  },
  en: {
    nav: "Retention",
    title: "Retention",
    intro:
      "Per retention rule: when it last ran, how many rows it handled, when it runs next and how many rows are past their period now.",
    summaryTitle: "Rules",
    noRules: "No retention rule is attached to a collection: there is nothing to sweep.",
    tenantLifecycle: (rules) =>
      `Not swept, as the tenant lifecycle enforces them (waarborg tenant run), undo window and all: ${rules}.`,
    colRule: "Rule",
    colPeriod: "Period",
    colAction: "Action",
    colLastRun: "Last run",
    colHandled: "Handled",
    colNextRun: "Next run",
    colOverdue: "Overdue",
    colKeptByDuty: "Kept (retention duty)",
    colKeptByLegalHold: "Kept (legal hold)",
    colLegalHolds: "Holds in force",
    never: "never",
    notScheduled: "not scheduled",
    scheduleOff:
      "No schedule is set (WAARBORG_RETENTION_EVERY_HOURS): rules run only when someone runs waarborg retention run.",
    scheduleEvery: (hours) => `Every rule runs every ${hours} hours.`,
    notCounted:
      "The overdue rows could not be counted: one of the databases could not be reached. The runs' figures are below all the same.",
    unknown: "unknown",
    actions: { delete: "delete", anonymize: "anonymise", restrict: "restrict" },
    statuses: {
      running: "running",
      completed: "done",
      failed: "failed",
      interrupted: "interrupted",
    },
    ruleTitle: (rule) => `Rule ${rule}`,
    chartTitle: (rule) => `Rows handled per run, rule ${rule}`,
    chartDesc: (runs, overdue) =>
      `${runs === 0 ? "No run yet" : `One bar per run (${runs}) with the rows it handled`}${overdue === null ? "" : `, and a hatched bar with the ${overdue} rows overdue now`}.`,
    tableCaption: (rule) => `Runs of rule ${rule}`,
    noRuns: "This rule has not run yet.",
    colStarted: "Started",
    colResult: "Result",
    colKept: "Kept",
    overdueNow: "Overdue now",
    overdueBar: "now",
    holdsTitle: "Legal holds in force",
    noHolds: "No legal hold is in force.",
    colScope: "On",
    colTarget: "What",
    colReason: "Reason",
    colPlaced: "Placed",
    scopes: { person: "person", tenant: "tenant", collection: "collection" },
    evidenceTitle: "Evidence for an audit",
    evidenceText:
      "Per rule the words of the privacy statement and every run with its times and counts, beside its entries in the audit log and the head of the audit chain.",
    downloadJson: "Download as JSON",
    downloadCsv: "Download as CSV",
  },
};
