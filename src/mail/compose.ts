import { escapeHtml } from "../documents/index.js";
import type { Lang } from "../kernel/index.js";
import { addressed, type FormOfAddress } from "../vocabulary/index.js";

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

/**
 * A block's own words in one form of address. Quotes, codes and links are left as they are: they hold
 * what a person or the register wrote, never our wording.
 */
function blockIn(block: MailBlock, form: FormOfAddress): MailBlock {
  if (typeof block === "string") return addressed(block, form);
  if ("link" in block) return block.label === undefined ? block : { ...block, label: addressed(block.label, form) };
  if ("list" in block) return { list: block.list.map((item) => addressed(item, form)) };
  return block;
}

/**
 * The plain text and HTML of one message. A message to the person passes the register's form of
 * address, and its Dutch, written with both forms ("{kunt u|kun je}"), is put in that form.
 */
export function compose(
  lang: Lang,
  subject: string,
  written: readonly MailBlock[],
  form?: FormOfAddress,
): ComposedMail {
  if (form) subject = addressed(subject, form);
  const blocks = form ? written.map((b) => blockIn(b, form)) : written;
  const text = `${blocks.map(textBlock).join("\n\n")}\n`;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5;max-width:40em">${blocks.map(htmlBlock).join("")}</body></html>`;
  return { subject, text, html, lang };
}
