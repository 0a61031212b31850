import type { ComposedMail, MailSender } from "../mail/index.js";
import { localize, type Register } from "../register/index.js";
import { authorityName, competentAuthority, complaintUrl } from "../member-states/index.js";
import type { RequestRow } from "../store/index.js";
import type { ServiceContext } from "../context/index.js";
import { openRequest } from "./identities.js";
import { statusToken } from "./secrets.js";
import { statusUrl } from "./links.js";
import { isTenantRequest, leaveToTenant, type RequesterMessage } from "./tenant-answers.js";

/** Who the mail is from, and where to write back: the register's privacy address, else the DPO's or the general one. */
export function mailSender(register: Register): MailSender {
  const channel = register.rights.channels.find((c) => c.kind === "email")?.address;
  const contact =
    channel ??
    register.organization.dpo?.email ??
    register.organization.privacy_officer?.email ??
    register.organization.contact?.email;
  const found = competentAuthority(register.organization);
  const url = found && complaintUrl(found);
  const authority = found && {
    name: { nl: authorityName(found, "nl"), en: authorityName(found, "en") },
    ...(url ? { url } : {}),
  };
  const org = register.organization.name;
  const name = { nl: localize(org, "nl"), en: localize(org, "en") };
  return {
    name,
    address: register.statement.address,
    ...(contact ? { contact } : {}),
    ...(authority ? { authority } : {}),
  };
}

/** The status page's link for a request: derivable, so every mail can carry it. */
export function requestStatusUrl(ctx: ServiceContext, requestId: string): string {
  return statusUrl(ctx, statusToken(ctx, requestId));
}

/**
 * Where mail to the person goes: the first e-mail identity, the address they proved they read. None
 * for a request an operator filed without notifying the person, or by a customer id alone: such a
 * person hears from the company the way the operator chooses, not from the service.
 */
export function requesterAddress(
  ctx: ServiceContext,
  row: Pick<RequestRow, "id" | "identities_encrypted">,
): string | undefined {
  const { identities, notify } = openRequest(ctx, row.id, row.identities_encrypted);
  if (notify === false) return undefined;
  return identities.find((i) => i.type === "email")?.value;
}

/**
 * Sends a message to the requester, in the language it was written in; false when there is no one to
 * mail. A tenant's request is never mailed: its tenant answers its own user, and the event that
 * records so names the message it stands in for.
 */
export async function mailRequester(
  ctx: ServiceContext,
  row: Pick<RequestRow, "id" | "identities_encrypted" | "tenant">,
  message: RequesterMessage,
  mail: ComposedMail,
): Promise<boolean> {
  if (isTenantRequest(row)) {
    await leaveToTenant(ctx, row, message);
    return false;
  }
  const to = requesterAddress(ctx, row);
  if (to === undefined) return false;
  await ctx.mailer.send({ to, ...mail });
  return true;
}
