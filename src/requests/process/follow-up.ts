import { completionMail, type ComposedMail, type KeptData, reviewOutcomeMail } from "../../mail/index.js";
import type { RequestRow } from "../../store/index.js";
import { changeRequest } from "../change.js";
import { toCalendarDate } from "../../deadlines/index.js";
import { localize } from "../../register/index.js";
import type { ServiceContext } from "../../context/index.js";
import { downloadUrl } from "../links.js";
import { PACKAGE_DOWNLOADS } from "../package/store-package.js";
import { referralsOf } from "../referrals.js";
import { hasEvent, type RequestEvent, readEvents } from "../records.js";
import type { ReviewRecord } from "../review/review.js";
import { mailRequester, mailSender, requesterAddress, requestStatusUrl } from "../requester.js";
import { downloadToken } from "../secrets.js";
import { isTenantRequest, leaveToTenant, TENANT_INFORMED_EVENT } from "../tenant-answers.js";
import { NOTIFIED, notifyRecipients } from "./recipients.js";
import { systemName } from "../../tasks/index.js";
import { notifyReferredTenants } from "./tenant-notices.js";

/**
 * What follows a completed request, each step recorded when done: the recipients told (Art. 19) when
 * data was changed, the tenants the person was referred to told that they were, then the requester
 * mailed in their language, with the download link or what was kept; a tenant's request is left to
 * the tenant instead, which reads it through the API. A job that dies between steps finds the done
 * ones in the events and goes on.
 *
 * Mail is at least once, not exactly once: a mail server cannot take part in the store's transaction,
 * so a worker that dies after sending and before recording sends again on the retry (as would two
 * workers running the same request at the very same moment). A second identical message is the
 * lesser harm; a person never told their data is ready is the greater.
 */
export async function followUp(ctx: ServiceContext, row: RequestRow): Promise<void> {
  const events = await readEvents(ctx.store.db, row.id);
  const completion = [...events].reverse().find((e) => e.kind === "complete" || e.kind === "complete_partially");
  if (!completion) throw new Error(`request ${row.id} is ${row.status} without a completion event`);
  let recipients: string[] = [];
  if (NOTIFIED.includes(row.type) && completion.data.changed === true)
    recipients = await notifyRecipients(ctx, row, events, completion.at);
  await notifyReferredTenants(ctx, row, events, completion);
  if (hasEvent(events, "requester_notified")) return;
  if (isTenantRequest(row)) {
    // The tenant answers its user and fetches the package through the API; once, on a retry too.
    const message = completion.data.review !== undefined ? "review_outcome" : "completion";
    if (!hasEvent(events, TENANT_INFORMED_EVENT, { message })) await leaveToTenant(ctx, row, message);
    return;
  }
  // A request an operator filed without --notify: the recipients are told, the person is not mailed.
  if (requesterAddress(ctx, row) === undefined) return;
  if (completion.data.review !== undefined) {
    await mailRequester(ctx, row, "review_outcome", reviewMail(ctx, row, completion));
    await changeRequest(ctx, row.id, { actor: "worker", kind: "requester_notified" });
    return;
  }
  const pkg = await ctx.store.db
    .selectFrom("packages")
    .select(["id", "expires_at"])
    .where("request_id", "=", row.id)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  await mailRequester(
    ctx,
    row,
    "completion",
    completionMail({
      lang: row.lang,
      sender: mailSender(ctx.register),
      type: row.type,
      statusUrl: requestStatusUrl(ctx, row.id),
      ...(pkg
        ? {
            download: {
              url: downloadUrl(ctx, downloadToken(ctx, pkg.id)),
              expiresOn: toCalendarDate(new Date(pkg.expires_at), ctx.calendar.timeZone),
              downloads: PACKAGE_DOWNLOADS,
            },
          }
        : {}),
      kept: (completion.data.kept ?? []) as KeptData[],
      unreached: ((completion.data.failed_systems ?? []) as { system: string }[]).map((f) =>
        systemName(ctx.register, f.system, row.lang),
      ),
      recipients,
      referrals: await referralsOf(ctx, completion.data.referred),
    }),
  );
  await changeRequest(ctx, row.id, { actor: "worker", kind: "requester_notified" });
}

/** The outcome of a human review, with the reviewer's reasons in the person's language. */
function reviewMail(ctx: ServiceContext, row: RequestRow, completion: RequestEvent): ComposedMail {
  const review = completion.data.review as ReviewRecord;
  const decisionId = (JSON.parse(row.details) as { decision?: string }).decision ?? "";
  const name = ctx.register.automated_decisions[decisionId]?.name;
  return reviewOutcomeMail({
    lang: row.lang,
    sender: mailSender(ctx.register),
    statusUrl: requestStatusUrl(ctx, row.id),
    // A decision taken out of the register since keeps its id: the person still recognises the request.
    decision: localize(name, row.lang) || decisionId,
    outcome: review.outcome,
    reasons: review.reasons[row.lang] ?? "",
  });
}
