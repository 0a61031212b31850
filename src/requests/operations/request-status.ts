import type { CalendarDate } from "../../deadlines/index.js";
import type { KeptData, TenantReferral } from "../../mail/index.js";
import type { Lang, RequestType } from "../../kernel/index.js";
import type { RequestRow, RequestStatus } from "../../store/index.js";
import { clockStatus, receivedOn } from "../clock.js";
import type { ServiceContext } from "../../context/index.js";
import { downloadUrl } from "../links.js";
import { readEvents, type RequestEvent, requestByStatusToken } from "../records.js";
import { downloadToken } from "../secrets.js";
import type { ReviewOutcome, ReviewRecord } from "../review/review.js";
import { canHappen } from "../states.js";
import { systemName } from "../../tasks/index.js";
import { referralsOf } from "../referrals.js";

/** Events the person may see about their own request; the rest (retries, mail failures, duplicates) are internal. */
export const PUBLIC_EVENTS: ReadonlySet<string> = new Set([
  "received",
  "send_code",
  "verify",
  "operator_verified",
  "app_verified",
  "require_approval",
  "approve",
  "start",
  // An erasure, rectification or restriction waiting for its tasks is done in the databases already.
  "engine_done",
  "complete",
  "complete_partially",
  "deny",
  "cancel",
  "extended",
  "clock_paused",
  "clock_resumed",
  "package_downloaded",
  "restriction_lifted",
  "review_taken",
]);

export interface RequestStatusView {
  requestId: string;
  type: RequestType;
  status: RequestStatus;
  lang: Lang;
  receivedOn: CalendarDate;
  /** The last day to answer; null while the clock is paused. */
  due: CalendarDate | null;
  daysLeft: number | null;
  overdue: boolean;
  paused: boolean;
  extended: boolean;
  pausedDays: number;
  extensionReason: string | null;
  denialReason: string | null;
  /** The person can still type a code (and ask for a new one). */
  awaitingCode: boolean;
  codeLocked: boolean;
  canCancel: boolean;
  events: { at: string; kind: string }[];
  /** Data kept after an erasure, and why (Art. 17(3)). */
  kept: KeptData[];
  /**
   * What a partial completion could not do, apart from the data kept: the systems that still failed
   * after their retries (by name), and whether some records could not be marked restricted.
   */
  unreached: { systems: string[]; unmarked: boolean };
  /** The customers whose data about the person the company left to them, with their privacy contact. */
  referrals: TenantReferral[];
  download: { url: string; fileName: string; expiresAt: string; downloadsLeft: number; available: boolean } | null;
  /** A completed human review: how it ended and why, in the request's language (Art. 22(3)). */
  review: { outcome: ReviewOutcome; reasons: string } | null;
}

/** What the status page (and the API) shows behind a status link. An unknown link is not found. */
export async function requestStatus(ctx: ServiceContext, statusToken: string): Promise<RequestStatusView> {
  const row = await requestByStatusToken(ctx, statusToken);
  return statusView(ctx, row, await readEvents(ctx.store.db, row.id));
}

/** The person's own view of a request: what the status page shows them. */
export async function statusView(
  ctx: ServiceContext,
  row: RequestRow,
  events: readonly RequestEvent[],
): Promise<RequestStatusView> {
  const clock = clockStatus(ctx, row, events);
  const code = await ctx.store.db
    .selectFrom("verification_codes")
    .select("locked_at")
    .where("request_id", "=", row.id)
    .executeTakeFirst();
  const pkg = await ctx.store.db
    .selectFrom("packages")
    .select(["id", "file_name", "expires_at", "downloads_left"])
    .where("request_id", "=", row.id)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  const completion = [...events].reverse().find((e) => e.kind === "complete" || e.kind === "complete_partially");
  const kept = ((completion?.data.kept ?? []) as (KeptData & { keys?: string[] })[]).map(({ keys: _keys, ...k }) => k);
  const codeLocked = Boolean(code?.locked_at);
  const review = completion?.data.review as ReviewRecord | undefined;
  return {
    requestId: row.id,
    type: row.type,
    status: row.status,
    lang: row.lang,
    receivedOn: receivedOn(ctx, row),
    due: clock.due,
    daysLeft: clock.daysLeft,
    overdue: clock.overdue,
    paused: clock.paused,
    extended: clock.extended,
    pausedDays: clock.pausedDays,
    extensionReason: row.extension_reason,
    denialReason: row.denial_reason,
    awaitingCode: canHappen(row.status, "verify") && !codeLocked,
    codeLocked,
    canCancel: canHappen(row.status, "cancel"),
    events: events.filter((e) => PUBLIC_EVENTS.has(e.kind)).map((e) => ({ at: e.at, kind: e.kind })),
    kept,
    unreached: {
      systems: ((completion?.data.failed_systems ?? []) as { system: string }[]).map((f) =>
        systemName(ctx.register, f.system, row.lang),
      ),
      unmarked: ((completion?.data.unmarked ?? []) as string[]).length > 0,
    },
    referrals: await referralsOf(ctx, completion?.data.referred),
    download: pkg
      ? {
          url: downloadUrl(ctx, downloadToken(ctx, pkg.id)),
          fileName: pkg.file_name,
          expiresAt: pkg.expires_at,
          downloadsLeft: pkg.downloads_left,
          available: pkg.downloads_left > 0 && pkg.expires_at > ctx.now().toISOString(),
        }
      : null,
    review: review ? { outcome: review.outcome, reasons: review.reasons[row.lang] ?? "" } : null,
  };
}
