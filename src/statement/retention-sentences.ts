import { capitalize, RETENTION_ACTION_SENTENCE, retentionPhrase, sentence, type Words } from "../vocabulary/index.js";
import type { BuildContext, RetentionRule } from "./context.js";

/** Laws people know by a plain name; any other law is "the law", with its citation in brackets. */
const KNOWN_LAWS: { pattern: RegExp; words: Words }[] = [
  { pattern: /^AWR\b|Algemene wet inzake rijksbelastingen/i, words: { nl: "de belastingwet", en: "tax law" } },
  { pattern: /^(BW|Burgerlijk Wetboek)\b/i, words: { nl: "het Burgerlijk Wetboek", en: "the Dutch Civil Code" } },
  { pattern: /loonbelasting/i, words: { nl: "de loonbelastingwet", en: "payroll tax law" } },
];

/** The short form for tables: the shared retention phrase, or a plain statement that none is set. */
export function retentionSummary(rule: RetentionRule | undefined, ctx: BuildContext): string {
  return retentionPhrase(rule, ctx.lang, ctx.form) ?? ctx.t({ nl: "nog niet vastgelegd", en: "not yet set" });
}

function lawWords(law: string | undefined, ctx: BuildContext): string {
  if (!law) return ctx.t({ nl: "de wet", en: "the law" });
  const known = KNOWN_LAWS.find((k) => k.pattern.test(law));
  return `${known ? known.words[ctx.lang] : ctx.t({ nl: "de wet", en: "the law" })} (${law})`;
}

function holdSentence(
  hold: RetentionRule["holds"][number],
  ctx: BuildContext,
  categories: readonly string[] | undefined,
): string {
  // Under an activity, only the kept categories that activity processes are named.
  const kept = (hold.applies_to ?? []).filter((c) => !categories || concerns(c, categories));
  const what = kept.length > 0 ? ctx.categories(kept) : undefined;
  const period = hold.period ? ctx.period(hold.period) : undefined;
  let because: string;
  switch (hold.ground) {
    case "legal_obligation": {
      const law = lawWords(hold.law, ctx);
      because = ctx.t({ nl: `omdat ${law} dat verplicht`, en: `because ${law} requires it` });
      break;
    }
    case "legal_claims":
      because = ctx.t({
        nl: "omdat wij ze nodig kunnen hebben voor een rechtsvordering of geschil",
        en: "because we may need it to establish, exercise or defend a legal claim",
      });
      break;
    case "public_interest":
      because = ctx.t({
        nl: "omdat dit nodig is in het algemeen belang",
        en: "because this is needed in the public interest",
      });
      break;
    case "archiving":
      because = ctx.t({
        nl: "voor archivering in het algemeen belang, onderzoek of statistiek",
        en: "for archiving in the public interest, research or statistics",
      });
      break;
  }
  // A short label ("fiscale bewaarplicht") names the duty in brackets; a longer text is its own sentence.
  const description = ctx.text(hold.description);
  const label = isLabel(description) ? ` (${lowerFirst(description)})` : "";
  const howLong = period ?? "zo lang als nodig";
  const forHowLong = period ? `for ${period}` : "for as long as needed";
  const nl = what
    ? `Een deel ervan (${what}) bewaren wij ${howLong}, ${because}${label}.`
    : `Waar nodig bewaren wij ze langer: ${howLong}, ${because}${label}.`;
  const en = what
    ? `We keep some of it (${what}) ${forHowLong}, ${because}${label}.`
    : `Where needed we keep it longer: ${forHowLong}, ${because}${label}.`;
  return description && !label ? `${ctx.t({ nl, en })} ${sentence(description)}` : ctx.t({ nl, en });
}

/** A few words without a full stop are a name, not a sentence: "fiscale bewaarplicht", "tax record keeping". */
function isLabel(text: string): boolean {
  return text !== "" && !/[.!?]$/.test(text) && text.split(/\s+/).length <= 4;
}

/** "Fiscale bewaarplicht" continues a sentence in lower case; "AWR-plicht" keeps its capitals. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Whether a hold concerns an activity's data: a hold names the categories it keeps, and those (or a
 * category within them, "financial" holding "financial.payment") must be among what the activity
 * processes. A hold that names none concerns all of a rule's data.
 */
function holdConcerns(hold: RetentionRule["holds"][number], categories: readonly string[] | undefined): boolean {
  if (!categories || !hold.applies_to?.length) return true;
  return hold.applies_to.some((kept) => concerns(kept, categories));
}

const concerns = (kept: string, categories: readonly string[]) =>
  categories.some((c) => c === kept || c.startsWith(`${kept}.`) || kept.startsWith(`${c}.`));

/**
 * One rule's words exactly as the statement prints them after an activity's name: the summary, then
 * every detail; "" for a rule with neither a period nor criteria. The statement and the retention
 * evidence both use this, so they cannot drift apart. Given an activity's data categories, a legal
 * hold on data the activity does not process is left out (tax records under a newsletter).
 */
export function retentionText(
  rule: RetentionRule | undefined,
  ctx: BuildContext,
  categories?: readonly string[],
): string {
  // No period and no criteria: nothing is known, so nothing is said (check reports the gap).
  const phrase = retentionPhrase(rule, ctx.lang, ctx.form);
  return phrase ? [sentence(phrase), ...retentionDetails(rule, ctx, categories)].join(" ") : "";
}

/** Every sentence about one rule after its period: action, legal holds, undo window, backups, extensions. */
export function retentionDetails(
  rule: RetentionRule | undefined,
  ctx: BuildContext,
  categories?: readonly string[],
): string[] {
  // No period and no criteria: nothing is known, so nothing is said (check reports the gap).
  if (!retentionPhrase(rule, ctx.lang, ctx.form) || !rule) return [];
  const out: string[] = [];
  if (rule.erasure_request) {
    out.push(
      ctx.t({
        nl: "Dat moment geldt ook als {uw|je} verzoek om de gegevens te verwijderen.",
        en: "We treat that moment as your request to erase the data.",
      }),
    );
  }
  if (rule.undo_window) {
    const undo = ctx.period(rule.undo_window);
    out.push(
      ctx.t({
        nl: `Verwijderen gebeurt niet meteen: {u|je} hebt ${undo} om dit ongedaan te maken.`,
        en: `Deletion does not happen at once: you have ${undo} to undo it.`,
      }),
    );
  }
  out.push(ctx.t(RETENTION_ACTION_SENTENCE[rule.action]));
  if (rule.backup_purge) {
    const purge = ctx.period(rule.backup_purge);
    out.push(
      ctx.t({
        nl: `Kopieën verdwijnen ook uit back-ups binnen ${purge}.`,
        en: `Copies are also removed from backups within ${purge}.`,
      }),
    );
  }
  const holds = rule.holds.filter((hold) => holdConcerns(hold, categories));
  for (const hold of holds) out.push(holdSentence(hold, ctx, categories));
  if (holds.length > 0) {
    out.push(
      ctx.t({
        nl: "In die extra tijd gebruiken wij ze nergens anders voor.",
        en: "During that extra time we use it for nothing else.",
      }),
    );
  }
  const extended = ctx.text(rule.extended_by);
  if (extended)
    out.push(ctx.t({ nl: `Soms bewaren wij ze langer: ${extended}`, en: `We may keep it longer: ${extended}` }));
  const description = ctx.text(rule.description);
  if (description) out.push(sentence(description));
  return out.map((s) => sentence(capitalize(s)));
}
