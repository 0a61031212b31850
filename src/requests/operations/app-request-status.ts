import type { ServiceContext } from "../../context/index.js";
import { NotFoundError } from "../errors.js";
import { loadRequest, readEvents } from "../records.js";
import { type RequestStatusView, statusView } from "./request-status.js";

/**
 * The status of a request the company's application filed for its signed-in user, as the person's
 * own status page shows it: only to the token that filed it. Any other request answers as unknown,
 * so a token made to file for signed-in users cannot read the queue, nor learn which ids exist.
 */
export async function appRequestStatus(
  ctx: ServiceContext,
  requestId: string,
  tokenId: string,
): Promise<RequestStatusView> {
  const row = await loadRequest(ctx.store.db, requestId);
  const events = await readEvents(ctx.store.db, row.id);
  const filing = events.find((e) => e.kind === "received");
  if (filing?.actor !== `api:${tokenId}` || !events.some((e) => e.kind === "app_verified"))
    throw new NotFoundError("request");
  return statusView(ctx, row, events);
}
