import type { InLang } from "../kernel/index.js";
import { sentence } from "../vocabulary/index.js";
import type { BuildContext } from "./context.js";

/** How a phrase of means starts: "met de afmeldlink", "via de link", "by e-mail to ...". */
const MEANS = {
  nl: /^(met|via|door|in|op|bij|onder|onderaan|per|vanuit)\s/i,
  en: /^(with|through|via|by|in|on|at|from|using|under)\s/i,
} as const;

/**
 * What gives a sentence away even when it starts like a phrase ("Met de link kun je je afmelden", "In
 * elke nieuwsbrief staat een link"): a subject or a finite verb.
 */
const SENTENCE = {
  nl: /(?<![\p{L}])(u|je|jij|wij|we|zij|ze|men|kan|kunt|kun|staat|staan|zit|zitten|is|zijn|wordt|vindt|vind|hebt|heeft)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(you|we|they|it|can|is|are|will|has|have)(?![\p{L}])/iu,
} as const;

/**
 * Register text that says how something is done, fitted to our sentence. A phrase of means ("met de
 * afmeldlink") follows our lead: "Intrekken kan met de afmeldlink." Anything else is the register's own
 * sentence ("u kunt zich altijd uitschrijven") and stands instead of ours, so the two are never glued
 * into "You can withdraw you can always unsubscribe". `alone` is our sentence when the register gives
 * no text at all; without it, no text means nothing is said.
 */
export function withMeans(
  text: string,
  ctx: BuildContext,
  lead: (means: string) => InLang<string>,
  alone?: InLang<string>,
): string {
  const own = text.trim();
  if (own === "") return alone ? sentence(ctx.t(alone)) : "";
  if (!MEANS[ctx.lang].test(own) || SENTENCE[ctx.lang].test(own)) return sentence(own);
  // A phrase written as if it began a sentence ("Via de link") continues ours in lower case.
  return sentence(ctx.t(lead(own.charAt(0).toLowerCase() + own.slice(1))));
}
