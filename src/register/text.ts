import type { Text } from "./schema/common.js";
import { type Lang, LANGUAGES } from "../kernel/index.js";

/** The text in the wanted language, falling back to another one so a statement never has holes. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  return text[lang] ?? LANGUAGES.map((other) => text[other]).find((t) => t !== undefined) ?? "";
}

/**
 * A name written once or per language (the organisation's, a recipient's) where one name is shown to
 * every reader whatever their language: a log line, a machine-readable field, an exchanged identifier.
 * It is the name in the register's first statement language.
 */
export function nameForAll(name: Text, register: { statement: { languages: readonly Lang[] } }): string {
  return localize(name, register.statement.languages[0] ?? LANGUAGES[0]);
}

/** Whether the text has its own wording in the language (not a fallback). */
export function hasLanguage(text: Text, lang: Lang): boolean {
  return typeof text === "string" || text[lang] !== undefined;
}
