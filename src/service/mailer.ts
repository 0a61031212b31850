import { type Mailer, OutboxMailer, smtpMailer } from "../mail/index.js";
import type { Store } from "../store/index.js";
import type { ServiceConfig } from "./config.js";

/** SMTP when WAARBORG_SMTP_URL is set, the store's outbox otherwise: the same choice for serve and worker. */
export function mailerFor(config: ServiceConfig, store: Store, now: () => Date): Mailer & { close?(): void } {
  if (config.smtpUrl) return smtpMailer(config.smtpUrl, config.mailFrom!);
  return new OutboxMailer(store, now);
}
