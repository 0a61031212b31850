import { escapeHtml } from "../documents/index.js";
import type { Lang } from "../kernel/index.js";

/**
 * A message as blocks, rendered twice: to plain text (always sent) and to simple HTML. One source for
 * both, so the two versions never say different things. Every value is escaped in the HTML: reasons,
 * names and links come from people and registers, never from a template author.
 */
export type MailBlock =
  string | { code: string } | { link: string; label?: string } | { list: string[] } | { quote: string };

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  lang: Lang;
}

function textBlock(block: MailBlock): string {
  if (typeof block === "string") return block;
  if ("code" in block) return `    ${block.code}`;
  if ("link" in block) return block.label ? `${block.label}:\n${block.link}` : block.link;
  if ("list" in block) return block.list.map((item) => `- ${item}`).join("\n");
  return block.quote
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

function htmlBlock(block: MailBlock): string {
  if (typeof block === "string") return `<p>${escapeHtml(block)}</p>`;
  if ("code" in block)
    return `<p style="font-size:1.6em;letter-spacing:0.2em;font-family:monospace"><strong>${escapeHtml(block.code)}</strong></p>`;
  if ("link" in block) {
    const href = escapeHtml(block.link);
    return `<p><a href="${href}">${escapeHtml(block.label ?? block.link)}</a></p>`;
  }
  if ("list" in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
  return `<blockquote>${escapeHtml(block.quote).replaceAll("\n", "<br>")}</blockquote>`;
}

/** The plain text and HTML of one message. */
export function compose(lang: Lang, subject: string, blocks: readonly MailBlock[]): ComposedMail {
  const text = `${blocks.map(textBlock).join("\n\n")}\n`;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5;max-width:40em">${blocks.map(htmlBlock).join("")}</body></html>`;
  return { subject, text, html, lang };
}
