/**
 * Escaping for every register string that reaches an output. Register text is written by people and may
 * hold anything, including markup; none of it is ever trusted as markup.
 */

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Markdown that shows the text literally. Underscores inside words (kw_session) stay as they are:
 * CommonMark does not read them as emphasis.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<>~]/g, (c) => `\\${c}`)
    .replace(/_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, "\\_")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
}

/** Markdown text at the start of a line must not open a heading, quote, list or table. */
export function escapeMarkdownLineStart(text: string): string {
  return text.replace(/^([#>+=|-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Only web, e-mail, telephone and in-page links; anything else (javascript:, data:) gives no link at all. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:|tel:|#)/i.test(trimmed) ? trimmed : undefined;
}

/** Line breaks inside register text would break a Markdown line or table row. */
export function flatten(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
