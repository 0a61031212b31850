import { localize, type RetentionRule, type Text } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { RETENTION_ACTION_DONE, retentionPhrase } from "../vocabulary/index.js";

/** Phrases the change sentences are built from, in both languages. */

/** Text as the reader will see it in both languages, to tell whether a wording changed at all. */
export function sameText(a: Text | undefined, b: Text | undefined): boolean {
  return localize(a, "nl") === localize(b, "nl") && localize(a, "en") === localize(b, "en");
}

/**
 * The retention as the statement words it ("12 maanden na het einde van de overeenkomst"), a plain
 * "no recorded retention period" where the rule gives none, and with what happens after it when asked.
 */
export function retentionWords(rule: RetentionRule | undefined, lang: Lang, withAction = false): string {
  let text =
    // The change notice addresses the reader as "u" throughout; `statement.address` governs the statement only.
    retentionPhrase(rule, lang, "u") ??
    textIn(lang, { nl: "geen vastgelegde bewaartermijn", en: "no recorded retention period" });
  if (withAction && rule)
    text += `, ${textIn(lang, { nl: "daarna", en: "then" })} ${RETENTION_ACTION_DONE[rule.action][lang]}`;
  return text;
}
