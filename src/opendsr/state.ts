import { NotFoundError } from "../requests/index.js";
import type { ServiceContext } from "../context/index.js";
import { controllerId, endOfDay, OPENDSR_API_VERSION, openDsrStatus, type OpenDsrStatus } from "./protocol.js";
import type { OpenDsrLink } from "./links.js";

/** What OpenDSR tells about a request: its status in OpenDSR's words, Waarborg's own, and the due moment. */
export interface OpenDsrState {
  controller_id: string;
  subject_request_id: string;
  request_status: OpenDsrStatus;
  /** Waarborg's own status, finer than OpenDSR's four (a denial shows as cancelled there). */
  waarborg_status: string;
  expected_completion_time: string | null;
  received_time: string;
  api_version: typeof OPENDSR_API_VERSION;
}

/** The request behind a link as OpenDSR shows it; undefined when the request is gone. */
export async function openDsrState(ctx: ServiceContext, link: OpenDsrLink): Promise<OpenDsrState | undefined> {
  const row = await ctx.store.db
    .selectFrom("requests")
    .select(["status", "due_at", "paused_since"])
    .where("id", "=", link.requestId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    controller_id: controllerId(ctx.register),
    subject_request_id: link.subjectRequestId,
    request_status: openDsrStatus(row.status),
    waarborg_status: row.status,
    // While the clock stands still there is no due moment to promise.
    expected_completion_time: row.paused_since ? null : endOfDay(row.due_at, ctx.calendar.timeZone),
    received_time: link.receivedTime,
    api_version: OPENDSR_API_VERSION,
  };
}

/** The state for a link whose request must exist (it was just filed or changed). */
export async function requireState(ctx: ServiceContext, link: OpenDsrLink): Promise<OpenDsrState> {
  const state = await openDsrState(ctx, link);
  if (!state) throw new NotFoundError("request");
  return state;
}
