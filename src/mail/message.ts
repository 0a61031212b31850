import type { Lang } from "../kernel/index.js";

/** An e-mail as Waarborg writes it: always plain text, optionally HTML, in the recipient's language. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  lang: Lang;
  /** Extra headers, e.g. List-Unsubscribe for marketing mail (RFC 8058). */
  headers?: Record<string, string>;
}

/** Where mail goes: an SMTP server, or the outbox in the service store (the embedded default). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
