import type { ComposedMail, MailSender } from "../mail/index.js";
import type { Register } from "../register/index.js";
import type { RequestRow } from "../store/index.js";
import type { ServiceContext } from "../context/index.js";
import { openRequest } from "./identities.js";
import { statusToken } from "./secrets.js";
import { statusUrl } from "./links.js";

/** Who the mail is from, and where to write back: the register's privacy address, else the DPO's or the general one. */
export function mailSender(register: Register): MailSender {
  const channel = register.rights.channels.find((c) => c.kind === "email")?.address;
  const contact =
    channel ??
    register.organization.dpo?.email ??
    register.organization.privacy_officer?.email ??
    register.organization.contact?.email;
  return { name: register.organization.name, ...(contact ? { contact } : {}) };
}

/** The status page's link for a request: derivable, so every mail can carry it. */
export function requestStatusUrl(ctx: ServiceContext, requestId: string): string {
  return statusUrl(ctx, statusToken(ctx, requestId));
}

/** The e-mail address the person proved they read: the first e-mail identity. */
export function requesterAddress(ctx: ServiceContext, row: Pick<RequestRow, "id" | "identities_encrypted">): string {
  const { identities } = openRequest(ctx, row.id, row.identities_encrypted);
  const email = identities.find((i) => i.type === "email");
  if (!email) throw new Error(`request ${row.id} has no e-mail identity`);
  return email.value;
}

/** Sends a message to the requester, in the language the message was written in. */
export async function mailRequester(
  ctx: ServiceContext,
  row: Pick<RequestRow, "id" | "identities_encrypted">,
  mail: ComposedMail,
): Promise<void> {
  await ctx.mailer.send({ to: requesterAddress(ctx, row), ...mail });
}
