import type { ServiceContext } from "../../context/index.js";
import { localize } from "../../register/index.js";
import type { InLang } from "../../kernel/index.js";
import { compose, type MailBlock } from "../../mail/index.js";
import { subscribers } from "./export.js";
import { unsubscribeFooter } from "./mails.js";

/** A marketing message in every language the subscribers read. */
export interface MarketingMessage {
  subject: InLang<string>;
  body: InLang<MailBlock[]>;
}

/**
 * Sends a marketing message to everyone who may get it, each in their language, each with the
 * unsubscribe link in its footer and the RFC 8058 one-click headers: no message goes out without them.
 * Returns how many were sent.
 */
export async function sendMarketing(ctx: ServiceContext, purpose: string, message: MarketingMessage): Promise<number> {
  let sent = 0;
  for (const s of await subscribers(ctx, purpose)) {
    const org = localize(ctx.register.organization.name, s.lang);
    const footer = unsubscribeFooter(s.lang, { org, link: s.unsubscribeUrl }, ctx.register.statement.address);
    const mail = compose(s.lang, message.subject[s.lang], [...message.body[s.lang], ...footer]);
    await ctx.mailer.send({ to: s.email, ...mail, headers: { ...s.headers } });
    sent++;
  }
  return sent;
}
