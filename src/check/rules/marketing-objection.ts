import { type Path, RegisterSchema, type Text } from "../../register/index.js";
import type { Rule } from "../rule.js";
import { textValues } from "./text-paths.js";

/**
 * An objection to direct marketing is absolute (Art. 21(2)-(3)): the processing for that purpose stops,
 * with no fresh balancing test and no compelling grounds to set against it; those belong to objections
 * under Art. 21(1). The register has no field that could record a weighing for direct marketing, so
 * the rule reads what the register says in its own words, sentence by sentence, in both languages.
 */

const OBJECTION = /bezwaar|\bobject\w*|opt[- ]?out|afmeld\w*|uitschrijv\w*|unsubscrib\w*/i;
const MARKETING = /marketing|nieuwsbrie\w*|newsletters?|reclame|commerci\w* (e-?mails?|berichten|messages)/i;
/** A weighing, compelling grounds, or a refusal: what an objection to direct marketing never meets. */
const WEIGHED =
  /(belangen)?afweg\w*|\b(af)?wegen\b|\bweegt\b|\bweigh\w*|balanc\w*|dwingende? (gerechtvaardigde )?(gronden|redenen|belang\w*)|compelling (legitimate )?(grounds|reasons|interests?)|overrid\w*|zwaarder\s+\w*\s*weg\w*|weiger\w*|\brefus\w*/i;
/**
 * Wording that rules a weighing out ("zonder afweging", "without any weighing"): taken out of the
 * sentence before it is read, so the statement's own sentence on direct marketing passes.
 */
const RULED_OUT =
  /zonder (enige |een |nieuwe )?(belangen)?afweging|geen (nieuwe )?(belangen)?afweging|without (any |a )?(fresh |new )?(weighing|balancing( test)?)|no (fresh |new )?(weighing|balancing( test)?)|nooit weiger\w*|weiger\w* (wij |we )?nooit|never refus\w*|not refus\w*|niet weiger\w*/gi;

/** What a text has to mention besides a weighing, by where it stands. */
type Context = "objection" | "marketing" | "elsewhere";

/**
 * "Na afweging weegt ons belang zwaarder, omdat u altijd bezwaar kunt maken" is a balancing test under
 * Art. 6(1)(f) that names the right to object as a safeguard, not a weighing of the objection: a
 * weighing before an objection the sentence says is always open is left alone.
 */
const ALWAYS = /altijd|always|at any time|any time|op (elk|ieder) moment|te allen tijde/i;

function weighedSentence(value: string, context: Context): string | undefined {
  for (const raw of value.replace(/\s+/g, " ").split(/(?<=[.!?;])\s+/)) {
    const sentence = raw.replace(RULED_OUT, " ");
    const weighed = WEIGHED.exec(sentence);
    if (!weighed) continue;
    const objection = OBJECTION.exec(sentence);
    if (context !== "objection" && !objection) continue;
    if (context !== "marketing" && !MARKETING.test(sentence)) continue;
    if (objection && weighed.index < objection.index && ALWAYS.test(sentence)) continue;
    return weighed[0];
  }
  return undefined;
}

/** The first language whose wording weighs an objection to direct marketing: [] for one text, [lang] per language. */
function weighed(text: Text, context: Context): { at: string[]; words: string } | undefined {
  const entries: [string[], string | undefined][] =
    typeof text === "string" ? [[[], text]] : Object.entries(text).map(([lang, t]) => [[lang], t]);
  for (const [at, value] of entries) {
    const words = value === undefined ? undefined : weighedSentence(value, context);
    if (words) return { at, words };
  }
  return undefined;
}

/** Activities whose purpose is direct marketing, by id: their own texts need not say "marketing" again. */
function marketingActivities(register: { activities: Record<string, { purpose_kind?: string | undefined }> }) {
  return new Set(
    Object.entries(register.activities)
      .filter(([, a]) => a.purpose_kind?.startsWith("marketing.") ?? false)
      .map(([id]) => id),
  );
}

function contextOf(path: Path, marketing: Set<string>): Context {
  if (path[0] === "rights" && path[1] === "per_right" && path[2] === "objection") return "objection";
  if (path[0] === "activities" && marketing.has(String(path[1]))) return "marketing";
  return "elsewhere";
}

export const directMarketingObjectionWeighed: Rule = {
  id: "direct-marketing-objection-weighed",
  severity: "error",
  article: "GDPR Art. 21(2)-(3)",
  summary:
    "An objection to direct marketing stops it outright: the register weighs it against no interest or compelling grounds and names no refusal.",
  hint: "say that an objection to direct marketing always stops that marketing, without weighing; keep the balancing test for objections to other processing on legitimate interest",
  *run({ register }) {
    const marketing = marketingActivities(register);
    for (const [path, text] of textValues(RegisterSchema, register)) {
      const found = weighed(text, contextOf(path, marketing));
      if (!found) continue;
      yield {
        path: [...path, ...found.at],
        message: `${path.join(".")} lets an objection to direct marketing be weighed or refused ("${found.words}"), but that objection is absolute: the processing for direct marketing stops (Art. 21(3)).`,
      };
    }
  },
};
