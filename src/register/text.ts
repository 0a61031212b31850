import type { Text } from "./schema/common.js";
import { type Lang, LANGUAGES } from "../kernel/index.js";

/** The text in the wanted language, falling back to another one so a statement never has holes. */
export function localize(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  return text[lang] ?? LANGUAGES.map((other) => text[other]).find((t) => t !== undefined) ?? "";
}

/** Whether the text has its own wording in the language (not a fallback). */
export function hasLanguage(text: Text, lang: Lang): boolean {
  return typeof text === "string" || text[lang] !== undefined;
}
