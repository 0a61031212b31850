import type { Lang } from "../kernel/index.js";

/**
 * A document as a small tree, independent of any output format. Builders (the privacy statement, the
 * access package) fill it from the register; the Markdown, HTML and PDF renderers only walk it. All text
 * is plain: renderers escape it.
 */

/** A run of text inside a paragraph, list item or table cell. */
export type Span = string | Strong | Link;
export interface Strong {
  strong: string;
}
export interface Link {
  text: string;
  /** An http(s), mailto or tel address; renderers drop any other scheme and print only the text. */
  href: string;
}
export type Inline = Span[];

export interface Paragraph {
  type: "paragraph";
  content: Inline;
}

export interface BulletList {
  type: "list";
  items: Inline[];
}

export interface Table {
  type: "table";
  caption: string;
  /** Column headings. */
  head: string[];
  /** Cells per row; the first cell of each row heads that row. */
  rows: Inline[][];
}

export type Block = Paragraph | BulletList | Table;

export interface Section {
  /** Stable anchor id, the same in every language. */
  id: string;
  heading: string;
  blocks: Block[];
  subsections: Section[];
}

/** The words renderers need around the content, in the document's language. */
export interface Labels {
  contents: string;
  skipToContent: string;
  /** "Page 3 of 9" in the PDF footer. */
  page: (current: number, total: number) => string;
}

export interface DocumentModel {
  lang: Lang;
  title: string;
  /** Version and effective date, shown under the title; absent when neither is known. */
  subtitle?: string;
  intro: Block[];
  sections: Section[];
  labels: Labels;
  /** The effective date as YYYY-MM-DD: the PDF's fixed creation date (a fixed epoch when absent). */
  effectiveDate?: string;
  author: string;
}

export const strong = (text: string): Strong => ({ strong: text });
export const link = (text: string, href: string): Link => ({ text, href });
export const paragraph = (...content: Span[]): Paragraph => ({ type: "paragraph", content });
export const bullets = (items: Inline[]): BulletList => ({ type: "list", items });
/** A bullet list, or no block at all when there is nothing to list. */
export const bulletsIfAny = (items: Inline[]): Block[] => (items.length > 0 ? [bullets(items)] : []);
export const table = (caption: string, head: string[], rows: Inline[][]): Table => ({
  type: "table",
  caption,
  head,
  rows,
});
export const section = (id: string, heading: string, blocks: Block[], subsections: Section[] = []): Section => ({
  id,
  heading,
  blocks,
  subsections,
});

/** The plain text of a run of spans, for places that cannot hold links (captions, PDF outlines). */
export function plainText(content: Inline): string {
  return content.map((span) => (typeof span === "string" ? span : "strong" in span ? span.strong : span.text)).join("");
}
