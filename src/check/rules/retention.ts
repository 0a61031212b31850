import { approxDays, formatPeriod, parseDuration } from "../../register/index.js";
import type { Rule } from "../rule.js";
import { vagueWording } from "./vague.js";

export const retentionMissing: Rule = {
  id: "retention-missing",
  severity: "error",
  article: "GDPR Art. 13(2)(a), Art. 30(1)(f)",
  summary: "Every activity names the retention rule for its data.",
  hint: "add retention: an id under retention, with a period or the criteria that set it",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      if (!activity.retention) {
        yield { path: ["activities", id], atKey: true, message: `Activity "${id}" has no retention rule.` };
      }
    }
  },
};

export const retentionVague: Rule = {
  id: "retention-vague",
  severity: "error",
  article: "GDPR Art. 13(2)(a), Art. 5(1)(e)",
  summary: 'A retention rule gives a period or concrete criteria; "as long as necessary" alone is not one.',
  hint: 'add period (e.g. "2 years") and after (the event it counts from), or criteria naming a concrete event',
  *run({ register }) {
    for (const [id, rule] of Object.entries(register.retention)) {
      if (!rule.period && !rule.criteria) {
        yield {
          path: ["retention", id],
          atKey: true,
          message: `Retention rule "${id}" has neither a period nor criteria.`,
        };
        continue;
      }
      const vague = !rule.period && rule.criteria ? vagueWording(rule.criteria) : undefined;
      if (vague) {
        yield {
          path: ["retention", id, "criteria", ...vague],
          message: `Retention rule "${id}" only says the data is kept as long as necessary; that is not a period or a criterion a person can check.`,
        };
      }
    }
  },
};

export const retentionEventUnworded: Rule = {
  id: "retention-event-unworded",
  severity: "warning",
  article: "GDPR Art. 12(1), Art. 13(2)(a)",
  summary: "A custom: start event is described in words (custom_event), so the statement need not print its name.",
  hint: 'add custom_event: { nl: "afloop van de proefperiode", en: "the trial ends" } (written to follow "na" / "after")',
  *run({ register }) {
    for (const [id, rule] of Object.entries(register.retention)) {
      if (rule.after?.startsWith("custom:") && !rule.custom_event) {
        yield {
          path: ["retention", id, "after"],
          message: `Retention rule "${id}" counts from its own event "${rule.after}" without words for it; the statement reads the name as words.`,
        };
      }
    }
  },
};

export const holdWithoutLaw: Rule = {
  id: "hold-without-law",
  severity: "error",
  article: "GDPR Art. 6(3), Art. 17(3)(b)",
  summary: "A hold on the ground of a legal obligation names the law.",
  hint: "add law: e.g. AWR art. 52(4) for the Dutch tax retention",
  *run({ register }) {
    for (const [id, rule] of Object.entries(register.retention)) {
      for (const [i, hold] of rule.holds.entries()) {
        if (hold.ground === "legal_obligation" && !hold.law) {
          yield {
            path: ["retention", id, "holds", i, "ground"],
            message: `A hold in retention rule "${id}" rests on a legal obligation without naming the law.`,
          };
        }
      }
    }
    for (const [id, collection] of Object.entries(register.datasets?.collections ?? {})) {
      for (const [i, hold] of collection.holds.entries()) {
        if (hold.ground === "legal_obligation" && !hold.law) {
          yield {
            path: ["datasets", "collections", id, "holds", i, "ground"],
            message: `A hold on collection "${id}" rests on a legal obligation without naming the law.`,
          };
        }
      }
    }
  },
};

const SEVEN_YEARS = approxDays({ amount: 7, unit: "year" });
const TAX_CATEGORIES = new Set(["financial.invoice"]);

function atLeastSevenYears(period: string | undefined): boolean {
  const d = period ? parseDuration(period) : undefined;
  // A tiny margin: "84 months" is seven years although the day approximations differ.
  return d !== undefined && approxDays(d) >= SEVEN_YEARS - 1;
}

export const taxRetentionTooShort: Rule = {
  id: "tax-retention-too-short",
  severity: "error",
  article: "AWR art. 52(4)",
  summary: "Invoices and other tax records are kept for 7 years, by the period or by a hold.",
  hint: "use a 7-year period, or add a hold: { ground: legal_obligation, law: AWR art. 52(4), period: 7 years }",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      // The tax retention duty is the controller's; a processor keeps the data as its controller instructs.
      if (activity.role === "processor") continue;
      const taxData =
        activity.purpose_kind === "legal.tax" || activity.data_categories.some((c) => TAX_CATEGORIES.has(c));
      const rule = activity.retention ? register.retention[activity.retention] : undefined;
      if (!taxData || !rule?.period) continue;
      if (atLeastSevenYears(rule.period)) continue;
      const held = rule.holds.some(
        (h) =>
          h.ground === "legal_obligation" &&
          atLeastSevenYears(h.period) &&
          (!h.applies_to || activity.purpose_kind === "legal.tax" || h.applies_to.some((c) => TAX_CATEGORIES.has(c))),
      );
      if (held) continue;
      yield {
        path: ["activities", id, "retention"],
        message: `Activity "${id}" holds tax records, but retention rule "${activity.retention}" keeps them only ${formatPeriod(rule.period, "en")}, without a 7-year hold.`,
      };
    }
  },
};
