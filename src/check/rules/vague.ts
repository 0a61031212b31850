import type { Text } from "../../register/index.js";

/** "As long as necessary" in the ways Dutch and English statements write it. */
const VAGUE =
  /\b(as long as (is )?(necessary|needed|required)|no longer than (is )?(necessary|needed|required)|zo ?lang (als |dat )?(nodig|noodzakelijk)|niet langer dan (nodig|noodzakelijk))\b/;

/**
 * Words that tie a retention criterion to something a person can check: an event (the end of the
 * contract, deletion of the account), a unit of time, or a law. Their presence makes the text concrete.
 */
const CONCRETE =
  /\d|contract|overeenkomst|account|abonnement|subscription|lidmaatschap|membership|jaar|year|maand|month|week|dag|day|einde|end\b|ended|opzeg|cancel|terminat|beëindig|verwijder|delet|wet\b|wettelijk|\blaw\b|legal|claim|geschil|dispute|procedure|relatie|relationship|withdraw|intrek/;

/**
 * Where retention criteria only say "as long as necessary" without a concrete element: [] for a
 * single text, [lang] for the vague wording of a per-language text, undefined when they are concrete.
 */
export function vagueWording(criteria: Text): string[] | undefined {
  const isVague = (text: string) => {
    const lower = text.toLowerCase().replace(/\s+/g, " ");
    return VAGUE.test(lower) && !CONCRETE.test(lower);
  };
  if (typeof criteria === "string") return isVague(criteria) ? [] : undefined;
  const lang = Object.entries(criteria).find(([, text]) => text !== undefined && isVague(text))?.[0];
  return lang === undefined ? undefined : [lang];
}
