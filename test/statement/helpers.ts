import { fileURLToPath } from "node:url";
import { loadRegister } from "../../src/register/load.js";
import type { Lang } from "../../src/kernel/index.js";
import { type Register, type RegisterInput, RegisterSchema } from "../../src/register/schema/register.js";
import { buildStatement } from "../../src/statement/index.js";
import { type Block, type DocumentModel, type Inline, plainText, type Section } from "../../src/documents/model.js";

export const DEMO_PATH = fileURLToPath(new URL("../../examples/demo/privacy.yaml", import.meta.url));

export async function loadDemo(): Promise<Register> {
  const loaded = await loadRegister(DEMO_PATH);
  if (!loaded.register) throw new Error("the demo register does not load");
  return loaded.register;
}

/** A register from a plain object, with the schema's defaults filled in. */
export function register(
  input: Omit<RegisterInput, "statement"> & Partial<Pick<RegisterInput, "statement">>,
): Register {
  return RegisterSchema.parse({ statement: { version: "1.0", effective_date: "2026-03-05" }, ...input });
}

export function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return plainText(block.content);
    case "list":
      return block.items.map(plainText).join("\n");
    case "table":
      return [
        block.caption,
        block.head.join(" "),
        ...block.rows.map((r) => r.map((c: Inline) => plainText(c)).join(" ")),
      ].join("\n");
  }
}

/** All text of a section and its subsections, headings included. */
export function sectionText(section: Section): string {
  return [section.heading, ...section.blocks.map(blockText), ...section.subsections.map(sectionText)].join("\n");
}

export function findSection(doc: DocumentModel, id: string): Section {
  const search = (list: Section[]): Section | undefined => {
    for (const s of list) {
      if (s.id === id) return s;
      const inner = search(s.subsections);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = search(doc.sections);
  if (!found) throw new Error(`no section "${id}" in the ${doc.lang} statement`);
  return found;
}

/** The text of one section of the statement built in a language. */
export function textOf(reg: Register, lang: Lang, id: string): string {
  return sectionText(findSection(buildStatement(reg, lang), id));
}

export function allSections(doc: DocumentModel): Section[] {
  const out: Section[] = [];
  const visit = (s: Section) => {
    out.push(s);
    s.subsections.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

/** All text of a statement: title, introduction and every section, headings included. */
export function documentText(doc: DocumentModel): string {
  return [doc.title, ...doc.intro.map(blockText), ...doc.sections.map(sectionText)].join("\n");
}
