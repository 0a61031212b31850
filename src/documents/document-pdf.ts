import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { renderPdf } from "./pdf.js";
import { flatten, safeHref } from "./escape.js";
import type { Block, Inline, Section, DocumentModel } from "./model.js";

const LINK_COLOR = "#0b4f9c";

/** pdfmake text runs; in-page links jump to the heading, other links open as usual. */
function inline(content: Inline): Content[] {
  return content.map((span): Content => {
    if (typeof span === "string") return flatten(span);
    if ("strong" in span) return { text: flatten(span.strong), bold: true };
    if (span.href.startsWith("#"))
      return { text: flatten(span.text), linkToDestination: span.href.slice(1), color: LINK_COLOR };
    const href = safeHref(span.href);
    return href ? { text: flatten(span.text), link: href, color: LINK_COLOR } : flatten(span.text);
  });
}

function block(b: Block): Content {
  switch (b.type) {
    case "paragraph":
      return { text: inline(b.content), margin: [0, 0, 0, 6] };
    case "list":
      return { ul: b.items.map((item) => ({ text: inline(item) })), margin: [0, 0, 0, 6] };
    case "table": {
      const head: TableCell[] = b.head.map((h) => ({ text: flatten(h), bold: true, fillColor: "#e9edf2" }));
      const body: TableCell[][] = [
        head,
        ...b.rows.map((row) => row.map((cell, i): TableCell => ({ text: inline(cell), bold: i === 0 }))),
      ];
      return {
        stack: [
          { text: flatten(b.caption), bold: true, margin: [0, 4, 0, 4] },
          {
            table: { headerRows: 1, dontBreakRows: true, widths: b.head.map(() => "*"), body },
            layout: "lightHorizontalLines",
            fontSize: 9,
          },
        ],
        margin: [0, 0, 0, 10],
      };
    }
  }
}

function section(s: Section, level: number): Content[] {
  const heading: Content = {
    text: flatten(s.heading),
    style: level === 2 ? "h2" : "h3",
    id: s.id,
    tocItem: level === 2,
    headlineLevel: level,
  };
  return [heading, ...s.blocks.map(block), ...s.subsections.flatMap((sub) => section(sub, level + 1))];
}

/** A document as a PDF: title, contents with page numbers, headings, tables, page numbers below. */
export function renderDocumentPdf(doc: DocumentModel): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: doc.title, author: doc.author, ...(doc.subtitle ? { subject: doc.subtitle } : {}) },
    content: [
      { text: flatten(doc.title), style: "title", ...(doc.subtitle ? {} : { margin: [0, 0, 0, 12] }) },
      ...(doc.subtitle ? [{ text: flatten(doc.subtitle), color: "#4a4a4a", margin: [0, 0, 0, 12] } as Content] : []),
      ...doc.intro.map(block),
      { toc: { title: { text: doc.labels.contents, style: "h2" } }, margin: [0, 0, 0, 12] },
      ...doc.sections.flatMap((s) => section(s, 2)),
    ],
    footer: (current: number, total: number): Content => ({
      text: doc.labels.page(current, total),
      alignment: "center",
      fontSize: 8,
      color: "#4a4a4a",
      margin: [0, 20, 0, 0],
    }),
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
    },
  };
  return renderPdf(definition, doc.effectiveDate ? new Date(`${doc.effectiveDate}T00:00:00Z`) : undefined);
}
