import type { Kysely } from "kysely";
import type { Lang } from "../kernel/index.js";
import type { StoreSchema } from "../store/index.js";

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
  /**
   * Only a transport that writes to the service store has this: the mail is written as part of the
   * caller's transaction, so it exists exactly when what caused it committed, at no commit of its own.
   */
  sendIn?(db: Kysely<StoreSchema>, message: MailMessage): Promise<void>;
}
