import { approxDays, parseDuration, type RetentionRule } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import type { ChangeKind, Impact } from "./change.js";
import { retentionWords } from "./words.js";

export interface RetentionChange {
  kind: Extract<ChangeKind, "retention_longer" | "retention_shorter" | "retention_changed">;
  impact: Impact;
  /** The sentence after the activity's name. */
  say(lang: Lang): string;
}

function days(rule: RetentionRule | undefined): number | undefined {
  const parsed = rule?.period ? parseDuration(rule.period) : undefined;
  // Whole days, so "1 year" and "12 months" count as the same length rather than a hair apart.
  return parsed ? Math.round(approxDays(parsed)) : undefined;
}

/**
 * Compares the retention of one activity in two versions. Shorter is only certain when both periods
 * count from the same moment; when the starting point moves, or a period gives way to criteria, nobody
 * can say it is not longer, so the change is treated as one to announce (the stricter reading).
 */
export function diffRetention(
  old: RetentionRule | undefined,
  now: RetentionRule | undefined,
): RetentionChange | undefined {
  const phrases = (lang: Lang, withAction: boolean) => ({
    was: retentionWords(old, lang, withAction),
    is: retentionWords(now, lang, withAction),
  });
  const differs = (lang: Lang) => phrases(lang, false).was !== phrases(lang, false).is;
  const actionDiffers = old?.action !== now?.action;
  if (!differs("nl") && !differs("en") && !actionDiffers) return undefined;

  const before = days(old);
  const after = days(now);
  const sameStart = old?.after === now?.after;
  const fromTo = (lang: Lang) => {
    const { was, is } = phrases(lang, actionDiffers);
    return textIn(lang, { nl: `van ${was} naar ${is}`, en: `from ${was} to ${is}` });
  };

  if (before !== undefined && after !== undefined && after > before) {
    return {
      kind: "retention_longer",
      impact: "notify",
      say: (lang) =>
        textIn(lang, { nl: "wij bewaren uw gegevens langer, ", en: "we keep your data longer, " }) + fromTo(lang),
    };
  }
  if (before !== undefined && after !== undefined && after < before && sameStart) {
    return {
      kind: "retention_shorter",
      impact: "info",
      say: (lang) =>
        textIn(lang, { nl: "wij bewaren uw gegevens korter, ", en: "we keep your data for a shorter time, " }) +
        fromTo(lang),
    };
  }
  // Information only when the old version named no term at all, or when both periods run from the same
  // moment and are as long (a new wording or another action at the end); anything else may be longer.
  const hadTerm = Boolean(old?.period || old?.criteria);
  const sameLength = before !== undefined && before === after && sameStart;
  return {
    kind: "retention_changed",
    impact: !hadTerm || sameLength ? "info" : "notify",
    say: (lang) =>
      textIn(lang, { nl: "de bewaartermijn verandert ", en: "the retention period changes " }) + fromTo(lang),
  };
}
