import { type FormOfAddress, type Unit, writingFaults } from "../statement/writing.js";

/**
 * The faults an editor finds in Dutch text the person reads, as far as the form of address goes: a
 * word of the other form, or a choice like "{u|je}" left unresolved. The detection is the statement
 * checker's own (test/statement/writing.ts); this only cuts pages and mails into its units.
 */
export function addressFaults(
  texts: readonly string[],
  form: FormOfAddress,
  registerText: readonly string[] = [],
): { check: string; at: string }[] {
  const units: Unit[] = texts
    .flatMap((text) => text.split(/\n+/))
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((text) => ({ kind: "paragraph", text }));
  return writingFaults(units, { lang: "nl", form, registerText }).filter(
    (fault) => fault.check.startsWith("other form of address") || fault.check === "template marker",
  );
}

/** The text a visitor reads on one of our pages: the body without its markup, a line per block. */
export function pageText(html: string): string {
  const main = /<body\b[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}
