import type { InLang } from "../kernel/index.js";
import type { BreachRisk } from "../store/index.js";
import type { Encryption, Nature, PeopleException } from "./breach.js";
import type { ClockState } from "./clock.js";

/** The breach register's words in both languages: labels of the form, values, the clock. */
export const BREACH_WORDS = {
  nl: {
    notRecorded: "niet vastgelegd",
    yes: "ja",
    no: "nee",
    estimate: "schatting",
    none: "geen",
    risk: { none: "geen risico (onwaarschijnlijk)", risk: "risico", high: "hoog risico" } satisfies Record<
      BreachRisk,
      string
    >,
    nature: {
      confidentiality: "vertrouwelijkheid",
      integrity: "integriteit",
      availability: "beschikbaarheid",
    } satisfies Record<Nature, string>,
    encrypted: {
      yes: "ja, volledig versleuteld",
      partly: "gedeeltelijk versleuteld",
      no: "niet versleuteld",
    } satisfies Record<Encryption, string>,
    exception: {
      unintelligible:
        "de gegevens zijn onbegrijpelijk voor onbevoegden, zoals door versleuteling (art. 34 lid 3 sub a AVG)",
      risk_removed: "achteraf genomen maatregelen maken het hoge risico onwaarschijnlijk (art. 34 lid 3 sub b AVG)",
      disproportionate:
        "persoonlijke mededeling vergt onevenredige inspanning; er volgt een openbare mededeling (art. 34 lid 3 sub c AVG)",
    } satisfies Record<PeopleException, string>,
    basis: { new: "nieuwe melding", follow_up: "vervolgmelding" },
    clock: {
      running: "nog {left} tot de termijn van 72 uur verstrijkt",
      overdue: "termijn van 72 uur {left} verstreken",
      notified: "gemeld binnen 72 uur",
      notified_late: "gemeld, {left} na de termijn van 72 uur",
      not_required: "geen melding nodig: risico onwaarschijnlijk",
    } satisfies Record<ClockState, string>,
    deadline: "Uiterste meldmoment",
    notifiedOn: "ja, op {at}",
    notToldBecause: "nee: {reason}",
    ongoingYes: "ja, het lek duurt nog voort",
    ongoingNo: "nee, beëindigd op {until}",
  },
  en: {
    notRecorded: "not recorded",
    yes: "yes",
    no: "no",
    estimate: "estimate",
    none: "none",
    risk: { none: "no risk (unlikely)", risk: "risk", high: "high risk" },
    nature: { confidentiality: "confidentiality", integrity: "integrity", availability: "availability" },
    encrypted: { yes: "yes, fully encrypted", partly: "partly encrypted", no: "not encrypted" },
    exception: {
      unintelligible: "the data is unintelligible to anyone not authorised, such as by encryption (Art. 34(3)(a) GDPR)",
      risk_removed: "measures taken since make the high risk no longer likely (Art. 34(3)(b) GDPR)",
      disproportionate:
        "telling each person would take disproportionate effort; a public communication follows (Art. 34(3)(c) GDPR)",
    },
    basis: { new: "new report", follow_up: "follow-up report" },
    clock: {
      running: "{left} left before the 72 hours run out",
      overdue: "72 hours passed {left} ago",
      notified: "notified within 72 hours",
      notified_late: "notified {left} after the 72 hours",
      not_required: "no notification needed: risk unlikely",
    },
    deadline: "Notify by",
    notifiedOn: "yes, on {at}",
    notToldBecause: "no: {reason}",
    ongoingYes: "yes, the breach is still going on",
    ongoingNo: "no, it ended on {until}",
  },
} as const satisfies InLang<unknown>;

export type BreachWords = (typeof BREACH_WORDS)["nl"] | (typeof BREACH_WORDS)["en"];

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}
