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

/**
 * A set of words, every string in it and every string its functions return, in one form. Pages and
 * mails pick their words once per language; this puts the whole set in the register's form at that
 * one place, so no sentence can slip through unresolved.
 */
export function addressedWords<T>(words: T, form: FormOfAddress): T {
  return inForm(words, form) as T;
}

function inForm(value: unknown, form: FormOfAddress): unknown {
  if (typeof value === "string") return addressed(value, form);
  if (typeof value === "function")
    return (...args: unknown[]) => inForm((value as (...a: unknown[]) => unknown)(...args), form);
  if (Array.isArray(value)) return value.map((v) => inForm(v, form));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inForm(v, form)]));
  return value;
}
