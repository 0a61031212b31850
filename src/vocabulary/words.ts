import type { Lang } from "../kernel/index.js";

/**
 * One phrase in each language. Every vocabulary in this folder maps a register id to Words, one table
 * per form (a heading, a term inside a sentence, a whole sentence), so the statement, the record and
 * the change notice name a thing from the same place.
 */
export type Words = Record<Lang, string>;

/** The label for an id, or the id itself when the vocabulary lacks it (a register the schema did not vouch for). */
export function word<K extends string>(table: Record<K, Words>, id: string, lang: Lang): string {
  const entry = (table as Record<string, Words | undefined>)[id];
  return entry ? entry[lang] : id;
}
