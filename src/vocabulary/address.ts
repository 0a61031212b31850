import type { Register } from "../register/index.js";
import type { Lang } from "../kernel/index.js";
import type { Words } from "./words.js";

/** How Dutch text addresses the reader: the formal "u" or the informal "je". English has one "you". */
export type FormOfAddress = Register["statement"]["address"];

/**
 * A choice between the two forms inside Dutch wording: "{Bent u|Ben je} jonger dan 16". Dutch changes
 * more than the pronoun (the verb moves and loses its -t, "u zich" becomes "je je"), so each sentence
 * spells out both forms where they differ and is still written only once.
 */
const CHOICE = /\{([^{}|]*)\|([^{}|]*)\}/g;

/** The wording with every choice resolved to one form. */
export function addressed(text: string, form: FormOfAddress): string {
  return text.replace(CHOICE, (_, formal: string, informal: string) => (form === "je" ? informal : formal));
}

/** One vocabulary entry in a language, its Dutch in the given form. */
export function wordsIn(words: Words, lang: Lang, form: FormOfAddress): string {
  return addressed(words[lang], form);
}
