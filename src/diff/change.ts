import type { Lang } from "../kernel/index.js";

/** Every kind of change the diff reports; each has a test that detects it. */
export const CHANGE_KINDS = [
  "version_changed",
  "controller_changed",
  "dpo_changed",
  "activity_added",
  "activity_removed",
  "purpose_changed",
  "legal_basis_changed",
  "data_category_added",
  "data_category_removed",
  "retention_longer",
  "retention_shorter",
  "retention_changed",
  "recipient_added",
  "recipient_removed",
  "recipient_country_added",
  "recipient_country_removed",
  "transfer_added",
  "transfer_removed",
  "safeguard_changed",
  "automated_decision_added",
  "automated_decision_removed",
  "automated_decision_changed",
  "cookie_added",
  "cookie_removed",
  "cookie_purpose_changed",
  "cookie_duration_longer",
  "cookie_duration_shorter",
  "cookie_category_added",
  "cookie_category_removed",
  "cookie_policy_changed",
  "right_added",
  "right_removed",
  "channel_added",
  "channel_removed",
  "response_time_changed",
  "none_added",
  "none_removed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * notify: the change widens what happens to people's data (a new purpose, category, recipient or
 * transfer, longer retention, a new automated decision, new tracking), so they must be told before it
 * applies (Art. 13(3), Art. 12(1)). info: everything else, worth mentioning but no reason to write.
 */
export type Impact = "notify" | "info";

export interface Change {
  kind: ChangeKind;
  impact: Impact;
  /** Where in the register the change is, e.g. "activities.account.retention". */
  ref: string;
  /** One sentence for the people concerned, in each language. */
  message: { nl: string; en: string };
}

/** Builds a change whose sentence is written once as a function of the language. */
export function change(kind: ChangeKind, impact: Impact, ref: string, say: (lang: Lang) => string): Change {
  return { kind, impact, ref, message: { nl: say("nl"), en: say("en") } };
}
