import type { Lang } from "../../src/kernel/index.js";
import { type Block, type DocumentModel, type Inline, plainText, type Section } from "../../src/documents/model.js";

/**
 * A reader's checks on generated text: what a careful editor would strike in any statement, whatever
 * the register says. Each check names the fault and quotes the place, so a failing test reads as an
 * editor's note. The checks are plain patterns on purpose: they are tested on crafted bad text too.
 */

export type FormOfAddress = "u" | "je";

/** One piece of text as the reader meets it: a heading, a paragraph, a list item or a table cell. */
export interface Unit {
  kind: "heading" | "paragraph" | "item" | "cell";
  text: string;
}

export interface Fault {
  check: string;
  /** The offending passage with a little context. */
  at: string;
}

/** Every unit of a statement in reading order: headings, paragraphs, list items, table cells. */
export function documentUnits(doc: DocumentModel): Unit[] {
  const units: Unit[] = [{ kind: "heading", text: doc.title }];
  units.push(...doc.intro.flatMap(blockUnits));
  const walk = (section: Section) => {
    units.push({ kind: "heading", text: section.heading });
    units.push(...section.blocks.flatMap(blockUnits));
    section.subsections.forEach(walk);
  };
  doc.sections.forEach(walk);
  return units;
}

function blockUnits(block: Block): Unit[] {
  switch (block.type) {
    case "paragraph":
      return [{ kind: "paragraph", text: plainText(block.content) }];
    case "list":
      return block.items.map((item) => ({ kind: "item" as const, text: plainText(item) }));
    case "table":
      return [
        { kind: "heading", text: block.caption },
        ...block.head.map((text) => ({ kind: "cell" as const, text })),
        ...block.rows.flatMap((row) => row.map((cell: Inline) => ({ kind: "cell" as const, text: plainText(cell) }))),
      ];
  }
}

/** Words "x." does not end a sentence after: abbreviations and the articles of laws. */
const ABBREVIATIONS = /^(art|artt|nr|no|bijv|vgl|zgn|resp|ca|incl|excl|etc|vs|jo|sub|mr|dr|st)$/i;

/** Words that may stand twice in a row: "dat dat verplicht" is good Dutch. */
const MAY_REPEAT = new Set(["dat", "die", "that", "had"]);

/** Words that give away the other language; names and addresses are taken out before looking. */
const TELL_TALES: Record<Lang, RegExp> = {
  nl: /(?<![\p{L}\d-])(the|and|you|your|our|with|which|please|this|that|for|from|will|can)(?![\p{L}\d-])/iu,
  en: /(?<![\p{L}\d-])(de|het|een|wij|jij|uw|jouw|niet|voor|zijn|wordt|worden|gegevens|kunt|welke|onze|deze)(?![\p{L}\d-])/iu,
};

/** The words of each form of address; a statement uses one form only. */
const FORM_WORDS: Record<FormOfAddress, RegExp> = {
  u: /(?<![\p{L}\d-])(u|uw|uzelf)(?![\p{L}\d-])/iu,
  je: /(?<![\p{L}\d-])(je|jij|jou|jouw|jezelf|jullie)(?![\p{L}\d-])/iu,
};

/**
 * References to text elsewhere in the document, each with what must be there for it to hold.
 * A reference to something "above" that no entry covers is itself a fault: add the entry.
 */
const REFERENCES: { pattern: RegExp; holds: (before: readonly Unit[]) => boolean }[] = [
  {
    pattern: /contactgegevens hierboven|contact details above/i,
    holds: (before) => before.some((u) => u.kind === "item" && /^(E-mail|Telefoon|Phone|Post|Website): /.test(u.text)),
  },
];
const ABOVE = /(?<![\p{L}])(hierboven|bovenstaande|above)(?![\p{L}])/iu;
/** "onder 'Contact'", "under 'Your rights'": a section named by its heading, which must exist. */
const NAMED_SECTION = /(?:onder|under|zie|see) '([^']+)'/giu;

const quote = (text: string, index: number, length = 0) =>
  text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, " ");

/** The faults in one unit that need no context: punctuation, leftovers, spacing. */
export function unitFaults(text: string): Fault[] {
  const faults: Fault[] = [];
  const find = (check: string, pattern: RegExp) => {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))) {
      faults.push({ check, at: quote(text, m.index, m[0].length) });
    }
  };
  find("double full stop", /(?<!\.)\.\s*\.(?!\.)/);
  find("stray punctuation", /[,;:]\s*[.,;:]|\s[,.;:](?!\d)/);
  find("empty parentheses", /\(\s*\)/);
  find("double space", / {2,}|^\s|\s$/);
  find("placeholder", /(?<![\p{L}])(undefined|null|NaN)(?![\p{L}])|\[object Object\]/u);
  find("template marker", /[{}]|\$\{/);
  for (const m of text.matchAll(/(?<![\p{L}\d])(\p{L}+)\s+(\p{L}+)(?![\p{L}\d])/gu)) {
    const [, first, second] = m;
    if (first && second && first.toLowerCase() === second.toLowerCase() && !MAY_REPEAT.has(first.toLowerCase())) {
      faults.push({ check: "doubled word", at: quote(text, m.index, m[0].length) });
    }
  }
  // Our sentence and the register's glued together: "You can withdraw you can always unsubscribe".
  for (const part of sentences(text)) {
    const m = /(?<![\p{L}])(you can|u kunt|je kunt|kunt u|kun je)(?![\p{L}]).*(?<![\p{L}])\1(?![\p{L}])/iu.exec(part);
    if (m) faults.push({ check: "two sentences glued into one", at: quote(part, m.index, m[0].length) });
  }
  // A full stop then a lower-case word: a sentence that does not start with a capital, unless the
  // full stop ended an abbreviation ("art. 52", "N.V. verwerkt").
  for (const m of text.matchAll(/([\p{L}.]*)([.!?])\s+(\p{Ll})/gu)) {
    const word = m[1] ?? "";
    const abbreviation = m[2] === "." && (ABBREVIATIONS.test(word) || word.includes(".") || /^\p{Lu}$/u.test(word));
    if (!abbreviation) faults.push({ check: "sentence starts in lower case", at: quote(text, m.index, m[0].length) });
  }
  return faults;
}

/** A unit's sentences: split after a full stop, question or exclamation mark before a capital. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
}

/** Addresses, links and names are not words of a language: they are left out before looking for tell-tales. */
function wordsOnly(text: string, names: readonly string[]): string {
  let out = text.replace(/\S+@\S+|https?:\/\/\S+|\b[\w-]+(\.[\w-]+)+\.?\b|"[^"]*"/g, " ");
  for (const name of names) if (name) out = out.split(name).join(" ");
  return out;
}

export interface WritingOptions {
  lang: Lang;
  /** The form the Dutch text must keep to; unchecked when left out. */
  form?: FormOfAddress;
  /** Proper names (organisations, products, laws) that may be in either language. */
  names?: readonly string[];
  /** Register text that is printed as the register wrote it, left out of the language and form checks. */
  registerText?: readonly string[];
}

/** Every fault in a document's units, in reading order. */
export function writingFaults(units: readonly Unit[], options: WritingOptions): Fault[] {
  const faults: Fault[] = [];
  const headings = new Set(units.filter((u) => u.kind === "heading").map((u) => u.text.toLowerCase()));
  units.forEach((unit, i) => {
    const { text } = unit;
    faults.push(...unitFaults(text));
    // A label left standing as a sentence: "Fiscale bewaarplicht." between two real ones.
    if (unit.kind === "paragraph" || unit.kind === "item") {
      for (const part of sentences(text).slice(1)) {
        if (/[.!?]$/.test(part) && part.split(/\s+/).length <= 2)
          faults.push({ check: "a label standing as a sentence", at: quote(part, 0, part.length) });
      }
    }
    const ours = withoutRegisterText(text, options.registerText ?? []);
    const words = wordsOnly(ours, options.names ?? []);
    const tell = TELL_TALES[options.lang].exec(words);
    if (tell)
      faults.push({ check: `word of the other language ("${tell[1]}")`, at: quote(words, tell.index, tell[0].length) });
    if (options.lang === "nl" && options.form) {
      const other = FORM_WORDS[options.form === "u" ? "je" : "u"].exec(ours);
      if (other) faults.push({ check: `other form of address ("${other[1]}")`, at: quote(ours, other.index, 4) });
    }
    const above = ABOVE.exec(text);
    if (above) {
      const reference = REFERENCES.find((r) => r.pattern.test(text));
      if (!reference)
        faults.push({ check: "reference to something above that no check covers", at: quote(text, above.index) });
      else if (!reference.holds(units.slice(0, i)))
        faults.push({ check: "reference to something above that is not there", at: quote(text, above.index) });
    }
    for (const m of text.matchAll(NAMED_SECTION)) {
      if (!headings.has((m[1] ?? "").toLowerCase()))
        faults.push({ check: `reference to a section that does not exist ('${m[1]}')`, at: quote(text, m.index) });
    }
  });
  return faults;
}

/**
 * The unit with the register's own text taken out: what the generator itself wrote. Register text is
 * matched as the statement prints it: on one line, perhaps with its first letter capitalised and its
 * full stop added or removed.
 */
export function withoutRegisterText(text: string, registerText: readonly string[]): string {
  let out = text;
  const variants = registerText
    .map((t) =>
      t
        .replace(/\s*\n\s*/g, " ")
        .trim()
        .replace(/\.$/, ""),
    )
    .filter((t) => t.length > 1)
    .sort((a, b) => b.length - a.length);
  for (const t of variants) {
    for (const v of [t, t.charAt(0).toUpperCase() + t.slice(1), t.charAt(0).toLowerCase() + t.slice(1)]) {
      out = out.split(v).join(" ");
    }
  }
  return out;
}

/** Every string the register holds, in any language: the text the statement prints as written. */
export function registerStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(registerStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(registerStrings);
  return [];
}
