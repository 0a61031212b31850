import type { ServiceContext } from "../../context/index.js";
import { type ListQuery, listRequests, type QueuePosition, type RequestListItem } from "./list-requests.js";

/*
 * The queue a page at a time, by keyset: each page starts after the last request of the one before
 * (due date, receipt, id), so a page costs the same however deep it is, and requests filed or
 * finished meanwhile neither repeat nor skip one. The cursor is that position, encoded; it holds ids
 * and dates, no personal data.
 */

export const QUEUE_PAGE_SIZE = 100;

export interface QueuePage {
  requests: RequestListItem[];
  /** The cursor of the next page, when there is one. */
  next: string | undefined;
}

export function encodeCursor(position: QueuePosition): string {
  return Buffer.from(JSON.stringify([position.due, position.received, position.id])).toString("base64url");
}

/** The position a cursor names, or undefined when the text is no cursor this queue made. */
export function decodeCursor(text: string | undefined): QueuePosition | undefined {
  if (!text || text.length > 400) return undefined;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === "string")) return undefined;
    const [due, received, id] = value as [string, string, string];
    return { due, received, id };
  } catch {
    return undefined;
  }
}

export async function pageRequests(
  ctx: ServiceContext,
  query: { status?: ListQuery["status"]; after?: QueuePosition; size?: number },
): Promise<QueuePage> {
  const size = query.size ?? QUEUE_PAGE_SIZE;
  // One more than a page tells whether there is a next page without counting the queue.
  const rows = await listRequests(ctx, { status: query.status, sort: "deadline", after: query.after, limit: size + 1 });
  const requests = rows.slice(0, size);
  const last = requests.at(-1);
  return { requests, next: rows.length > size && last ? encodeCursor(last.position) : undefined };
}
