import { randomUUID } from "node:crypto";
import { z } from "zod";
import { appendAudit, canonicalJson } from "../../audit/index.js";
import type { ServiceContext } from "../../context/index.js";
import { randomToken, sha256Hex } from "../../crypto/index.js";
import { isEmailAddress } from "../../identifiers/index.js";
import { LANGUAGES } from "../../kernel/index.js";
import { localize } from "../../register/index.js";
import { asksParent } from "../records/record.js";
import { ConsentInputError } from "../records/input.js";
import { confirmationMail, parentMail } from "./mails.js";
import { subscriptionPurposes } from "./purposes.js";
import { centerLink, emailHash, sealEmail, tokenHash, unsubscribeToken } from "./secrets.js";
import { parentalConsentAge } from "../../member-states/index.js";

export const SubscribeInput = z.strictObject({
  purpose: z.string().min(1, "give the purpose"),
  email: z.string().trim().min(3, "give an e-mail address").max(320, "at most 320 characters"),
  lang: z.enum(LANGUAGES, `one of ${LANGUAGES.join(", ")}`),
  /** The person says they are under the age of digital consent; a parent must confirm. */
  minor: z.boolean().default(false),
  parent_email: z.string().trim().max(320, "at most 320 characters").optional(),
});
export type SubscribeInput = z.input<typeof SubscribeInput>;

/** A new pending subscription is not sent to the same address for the same purpose more often than this. */
const RESEND_AFTER_MS = 10 * 60_000;

export const CONFIRM_PATH = "/subscribe/confirm/";
export const PARENT_PATH = "/subscribe/parent/";
export const UNSUBSCRIBE_PATH = "/unsubscribe/";

function parse(input: unknown): z.output<typeof SubscribeInput> {
  const result = SubscribeInput.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ConsentInputError(issue.path.join(".") || "body", issue.message);
}

/**
 * Starts a subscription: a pending row and the double opt-in mail, whose link is the only way to
 * confirm it. A person under the age of digital consent (where the register asks a parent's consent)
 * names a parent, who gets a mail of their own; the subscription counts only once both confirmed.
 * The answer is the same whether the address was known or not, and a second request within minutes
 * sends no second mail, so the form cannot be used to flood someone's inbox.
 */
export async function subscribe(ctx: ServiceContext, input: unknown): Promise<void> {
  const request = parse(input);
  if (!subscriptionPurposes(ctx.register).includes(request.purpose))
    throw new ConsentInputError("purpose", "not a purpose one subscribes to by e-mail");
  if (!isEmailAddress(request.email)) throw new ConsentInputError("email", "not an e-mail address");
  const parentNeeded = request.minor && asksParent(ctx.register);
  if (parentNeeded && (!request.parent_email || !isEmailAddress(request.parent_email)))
    throw new ConsentInputError("parent_email", "give a parent's e-mail address");
  const now = ctx.now();
  const hash = emailHash(ctx, request.email);
  const recent = await ctx.store.db
    .selectFrom("subscriptions")
    .select("id")
    .where("email_hash", "=", hash)
    .where("purpose", "=", request.purpose)
    .where("status", "=", "pending")
    .where("created_at", ">", new Date(now.getTime() - RESEND_AFTER_MS).toISOString())
    .executeTakeFirst();
  if (recent) return;

  const purpose = ctx.register.consent!.purposes[request.purpose]!;
  const name = localize(purpose.name, request.lang);
  const text = { name, description: localize(purpose.description, request.lang), lang: request.lang };
  const id = randomUUID();
  const confirm = randomToken();
  const parent = parentNeeded ? randomToken() : undefined;
  await ctx.store.db
    .insertInto("subscriptions")
    .values({
      id,
      purpose: request.purpose,
      email_hash: hash,
      email_encrypted: sealEmail(ctx, id, request.email),
      lang: request.lang,
      status: "pending",
      shown: canonicalJson({ ...text, hash: sha256Hex(canonicalJson(text)) }),
      confirm_token_hash: tokenHash(confirm),
      unsubscribe_token_hash: tokenHash(unsubscribeToken(ctx, id)),
      parental: parent ? "awaiting" : null,
      parent_token_hash: parent ? tokenHash(parent) : null,
      created_at: now.toISOString(),
      confirmed_at: null,
      parent_confirmed_at: null,
      ended_at: null,
      end_reason: null,
    })
    .execute();
  await appendAudit(ctx.store, {
    actor: "requester",
    action: "subscription.requested",
    subjectType: "subscription",
    subjectId: id,
    data: { purpose: request.purpose, parental: parent ? "awaiting" : null },
    at: now,
  });
  const org = localize(ctx.register.organization.name, request.lang);
  const mail = confirmationMail(
    request.lang,
    {
      org,
      purpose: name,
      link: centerLink(ctx, `${CONFIRM_PATH}${confirm}?lang=${request.lang}`),
    },
    ctx.register.statement.address,
  );
  await ctx.mailer.send({ to: request.email, ...mail });
  if (parent) {
    const toParent = parentMail(
      request.lang,
      {
        org,
        purpose: name,
        age: parentalConsentAge(ctx.register.organization, ctx.register.minors?.minimum_age),
        link: centerLink(ctx, `${PARENT_PATH}${parent}?lang=${request.lang}`),
      },
      ctx.register.statement.address,
    );
    await ctx.mailer.send({ to: request.parent_email!, ...toParent });
  }
}
