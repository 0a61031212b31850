import type { Lang } from "../kernel/index.js";

/** The texts `waarborg retention` prints, in both languages. */
export const RETENTION_WORDS = {
  nl: {
    action: { delete: "verwijderd", anonymize: "geanonimiseerd", restrict: "beperkt" },
    wouldAction: { delete: "zou verwijderen", anonymize: "zou anonimiseren", restrict: "zou beperken" },
    outcome: {
      completed: "klaar",
      dry_run: "proefrun, niets gewijzigd",
      busy: "overgeslagen: een ander proces veegt deze regel nu",
      failed: "mislukt",
      tenant_lifecycle:
        "niet geveegd: gehandhaafd door de levenscyclus van klantomgevingen (waarborg tenant run), met de termijn om ongedaan te maken",
    },
    rows: "rijen",
    held: "bewaard onder een bewaarplicht (beperkt)",
    legalHold: "bewaard onder een juridische blokkade",
    alreadyDone: "al eerder afgehandeld",
    skipped: "niet geveegd: juridische blokkade op de hele collectie",
    longest: "langste batch",
    none: "Geen bewaarregel is aan een collectie gekoppeld: er is niets te vegen.",
    status: {
      rule: "Regel",
      period: "Termijn",
      lastRun: "Laatste run",
      result: "Resultaat",
      handled: "Afgehandeld",
      nextRun: "Volgende run",
      overdue: "Achterstallig",
      never: "nooit",
      tenantLifecycle: "gehandhaafd door de levenscyclus van klantomgevingen (waarborg tenant run)",
    },
  },
  en: {
    action: { delete: "deleted", anonymize: "anonymised", restrict: "restricted" },
    wouldAction: { delete: "would delete", anonymize: "would anonymise", restrict: "would restrict" },
    outcome: {
      completed: "done",
      dry_run: "dry run, nothing changed",
      busy: "skipped: another process is sweeping this rule",
      failed: "failed",
      tenant_lifecycle: "not swept: enforced by the tenant lifecycle (waarborg tenant run), undo window and all",
    },
    rows: "rows",
    held: "kept under a retention duty (restricted)",
    legalHold: "kept under a legal hold",
    alreadyDone: "handled before",
    skipped: "not swept: a legal hold covers the whole collection",
    longest: "longest batch",
    none: "No retention rule is attached to a collection: there is nothing to sweep.",
    status: {
      rule: "Rule",
      period: "Period",
      lastRun: "Last run",
      result: "Result",
      handled: "Handled",
      nextRun: "Next run",
      overdue: "Overdue",
      never: "never",
      tenantLifecycle: "enforced by the tenant lifecycle (waarborg tenant run)",
    },
  },
} as const satisfies Record<Lang, unknown>;
