/** Languages Waarborg speaks and a register can publish in. Dutch first: the product's home market. */
export const LANGUAGES = ["nl", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

/**
 * One thing said in every language. Tables of text are written `{ nl: ..., en: ... } satisfies
 * InLang<string>`, a sentence built in place `textIn(lang, { nl: ..., en: ... })`, so a language
 * missing from one entry is a type error, not a blank on a page.
 */
export type InLang<T> = Record<Lang, T>;

export function isLang(value: unknown): value is Lang {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The text for `lang` from one written in every language: `textIn(lang, { nl: …, en: … })`. The
 * parameter's type is the table's check: a sentence missing a language does not compile.
 */
export function textIn<T>(lang: Lang, texts: InLang<T>): T {
  return texts[lang];
}
