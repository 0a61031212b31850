import type { Store } from "../../../store/open.js";
import type { OpenDsrStatus } from "./protocol.js";

/**
 * What OpenDSR adds to a request: the caller's own id for it, its callback addresses and the last
 * status they were told. Kept in the store's key-value settings table, under one key per direction,
 * so the adapter needs no table of its own:
 *   opendsr:<subject_request_id>  -> the link (JSON)
 *   opendsr.request:<request id>  -> the subject_request_id
 */
export interface OpenDsrLink {
  subjectRequestId: string;
  requestId: string;
  callbackUrls: string[];
  submittedTime: string;
  receivedTime: string;
  /** The status the callbacks were last sent for; null before the first. */
  notified: OpenDsrStatus | null;
}

const linkKey = (subjectRequestId: string) => `opendsr:${subjectRequestId}`;
const reverseKey = (requestId: string) => `opendsr.request:${requestId}`;

/**
 * Reserves a subject_request_id before the request is filed: the primary key lets exactly one of two
 * racing calls with the same id through. False when the id is taken.
 */
export async function reserveLink(store: Store, subjectRequestId: string): Promise<boolean> {
  const result = await store.db
    .insertInto("settings")
    .values({ key: linkKey(subjectRequestId), value: "null" })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Gives a reservation up again, when filing the request failed. */
export async function releaseLink(store: Store, subjectRequestId: string): Promise<void> {
  await store.db
    .deleteFrom("settings")
    .where("key", "=", linkKey(subjectRequestId))
    .where("value", "=", "null")
    .execute();
}

export async function saveLink(store: Store, link: OpenDsrLink): Promise<void> {
  const value = JSON.stringify(link);
  await store.db.transaction().execute(async (trx) => {
    for (const [key, v] of [
      [linkKey(link.subjectRequestId), value],
      [reverseKey(link.requestId), link.subjectRequestId],
    ] as const)
      await trx
        .insertInto("settings")
        .values({ key, value: v })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: v }))
        .execute();
  });
}

/** The link for an OpenDSR id; undefined for an unknown id or one still being filed. */
export async function findLink(store: Store, subjectRequestId: string): Promise<OpenDsrLink | undefined> {
  const row = await store.db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", linkKey(subjectRequestId))
    .executeTakeFirst();
  const link = row ? (JSON.parse(row.value) as OpenDsrLink | null) : null;
  return link ?? undefined;
}

/** The link of one of Waarborg's requests, when it came in through OpenDSR. */
export async function linkOfRequest(store: Store, requestId: string): Promise<OpenDsrLink | undefined> {
  const row = await store.db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", reverseKey(requestId))
    .executeTakeFirst();
  return row ? findLink(store, row.value) : undefined;
}
