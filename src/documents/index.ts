// The documents domain's public face: other folders import from here, never from its files.
export { toCsv } from "./csv.js";
export { renderDocumentPdf } from "./document-pdf.js";
export { escapeHtml, safeHref } from "./escape.js";
export { CONTRAST_PAIRS, PALETTE, STYLE } from "./html-style.js";
export { renderHtml } from "./html.js";
export { documentLabels } from "./labels.js";
export { renderMarkdown } from "./markdown.js";
export {
  type Block,
  bullets,
  bulletsIfAny,
  type DocumentModel,
  type Inline,
  type Span,
  link,
  paragraph,
  section,
  type Section,
  strong,
  table,
} from "./model.js";
export { renderPdf } from "./pdf.js";
