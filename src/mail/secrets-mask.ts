import type { OutboxRow } from "../store/index.js";

/*
 * Mail in the outbox holds what proves a person's identity or opens their data: verification codes,
 * status links, download links, confirmation and unsubscribe links. Whoever reads the outbox could
 * verify, cancel or download in that person's place, so the console shows these masked; only an admin
 * may reveal a message, and each reveal is written to the audit log.
 */

export const MASK = "••••••";

/** Six digits on their own: the verification code (longer numbers, such as phone numbers, are left). */
const CODE = /(?<![\d])\d{6}(?![\d])/g;
const URL = /https?:\/\/[^\s<>"']+/g;
/** A path segment or query value this long is a token; the privacy center's own words are shorter. */
const TOKEN = /[A-Za-z0-9_-]{16,}/g;

function maskUrl(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return url;
  return url.slice(0, start) + url.slice(start).replace(TOKEN, MASK);
}

/** `text` with every code and every token in a link replaced by the mask. */
export function maskSecrets(text: string): string {
  return text.replace(URL, maskUrl).replace(CODE, MASK);
}

/** An outbox message as the console shows it by default: its subject and text masked, its HTML part dropped. */
export function maskedMessage(row: OutboxRow): OutboxRow {
  return { ...row, subject: maskSecrets(row.subject), text: maskSecrets(row.text), html: null };
}
