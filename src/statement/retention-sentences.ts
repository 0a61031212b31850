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

function holdSentence(hold: RetentionRule["holds"][number], ctx: BuildContext): string {
  const what = hold.applies_to?.length ? ctx.categories(hold.applies_to) : undefined;
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
  const howLong = period ?? "zo lang als nodig";
  const forHowLong = period ? `for ${period}` : "for as long as needed";
  const nl = what
    ? `Een deel ervan (${what}) bewaren wij ${howLong}, ${because}.`
    : `Waar nodig bewaren wij ze langer: ${howLong}, ${because}.`;
  const en = what
    ? `We keep some of it (${what}) ${forHowLong}, ${because}.`
    : `Where needed we keep it longer: ${forHowLong}, ${because}.`;
  const description = ctx.text(hold.description);
  return description ? `${ctx.t({ nl, en })} ${sentence(description)}` : ctx.t({ nl, en });
}

/**
 * One rule's words exactly as the statement prints them after an activity's name: the summary, then
 * every detail; "" for a rule with neither a period nor criteria. The statement and the retention evidence both use this, so they cannot drift apart.
 */
export function retentionText(rule: RetentionRule | undefined, ctx: BuildContext): string {
  // No period and no criteria: nothing is known, so nothing is said (check reports the gap).
  const phrase = retentionPhrase(rule, ctx.lang, ctx.form);
  return phrase ? [sentence(phrase), ...retentionDetails(rule, ctx)].join(" ") : "";
}

/** Every sentence about one rule after its period: action, legal holds, undo window, backups, extensions. */
export function retentionDetails(rule: RetentionRule | undefined, ctx: BuildContext): string[] {
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
  for (const hold of rule.holds) out.push(holdSentence(hold, ctx));
  if (rule.holds.length > 0) {
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
