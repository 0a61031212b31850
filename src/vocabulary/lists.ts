import type { Lang } from "../kernel/index.js";

const WORDS = { and: { nl: "en", en: "and" }, or: { nl: "of", en: "or" } } as const;

/** "a", "a en b", "a, b en c" (no serial comma in either language). */
export function joinList(items: readonly string[], lang: Lang, conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  const word = WORDS[conjunction][lang];
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Upper-cases the first letter, so register phrases can start a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A full sentence: capital first letter, and a full stop unless it already ends in punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  return capitalize(/[.!?:;]$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

/**
 * Register text placed before our own full stop: its last full stop goes, so "Kasboek Online N.V."
 * ends a sentence as "N.V." and "het contactformulier." does not end in two.
 */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/\.$/, "");
}

/** Register text may be a YAML block with line breaks; a paragraph reads as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
