import type { Kysely, Selectable } from "kysely";
import type { OpenDsrLinksTable, Store, StoreSchema } from "../store/index.js";
import type { OpenDsrStatus } from "./protocol.js";

/** What OpenDSR adds to a request: the caller's own id for it, its callback addresses and the last status they were told. */
export interface OpenDsrLink {
  subjectRequestId: string;
  requestId: string;
  callbackUrls: string[];
  submittedTime: string;
  receivedTime: string;
  /** The status the callbacks were last sent for; null before the first. */
  notified: OpenDsrStatus | null;
}

/**
 * Reserves a subject_request_id, in the transaction that files the request (fileOpenDsrRequest): the
 * primary key lets exactly one of two racing calls with the same id through, and a filing that fails
 * takes its reservation with it. False when the id is taken.
 */
export async function reserveLink(db: Kysely<StoreSchema>, subjectRequestId: string): Promise<boolean> {
  const result = await db
    .insertInto("opendsr_links")
    .values({ subject_request_id: subjectRequestId })
    .onConflict((oc) => oc.column("subject_request_id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Completes a reservation with the filed request, or records a new status the callbacks were told. */
export async function saveLink(db: Kysely<StoreSchema>, link: OpenDsrLink): Promise<void> {
  await db
    .updateTable("opendsr_links")
    .set({
      request_id: link.requestId,
      callback_urls: JSON.stringify(link.callbackUrls),
      submitted_time: link.submittedTime,
      received_time: link.receivedTime,
      notified: link.notified,
    })
    .where("subject_request_id", "=", link.subjectRequestId)
    .execute();
}

function toLink(row: Selectable<OpenDsrLinksTable>): OpenDsrLink | undefined {
  if (row.request_id === null) return undefined;
  return {
    subjectRequestId: row.subject_request_id,
    requestId: row.request_id,
    callbackUrls: JSON.parse(row.callback_urls) as string[],
    submittedTime: row.submitted_time ?? "",
    receivedTime: row.received_time ?? "",
    notified: row.notified as OpenDsrStatus | null,
  };
}

/** The link for an OpenDSR id; undefined for an unknown id or one still being filed. */
export async function findLink(store: Store, subjectRequestId: string): Promise<OpenDsrLink | undefined> {
  const row = await store.db
    .selectFrom("opendsr_links")
    .selectAll()
    .where("subject_request_id", "=", subjectRequestId)
    .executeTakeFirst();
  return row ? toLink(row) : undefined;
}

/** The link of one of Waarborg's requests, when it came in through OpenDSR. */
export async function linkOfRequest(store: Store, requestId: string): Promise<OpenDsrLink | undefined> {
  const row = await store.db
    .selectFrom("opendsr_links")
    .selectAll()
    .where("request_id", "=", requestId)
    .executeTakeFirst();
  return row ? toLink(row) : undefined;
}
