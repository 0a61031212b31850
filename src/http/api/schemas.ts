import { z } from "zod";
import {
  FileRequestInput,
  FINAL,
  isStranded,
  type RequestDetail,
  type RequestListItem,
  type RequestStatusView,
  unreachedRecipients,
} from "../../requests/index.js";
import { LANGUAGES, REQUEST_TYPES, STATUSES } from "../../kernel/index.js";
import { apiSchemas, doc } from "./registry.js";

/*
 * The native API's schemas. Input schemas validate what callers send (field paths in errors come from
 * them); output schemas serialize what the operations return, so nothing leaves that is not listed
 * here. Both become components of /openapi.json.
 */

const RequestType = doc(z.enum(REQUEST_TYPES), "the right the person exercises");
const RequestStatus = z.enum(STATUSES);
const Day = doc(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), "a calendar date, YYYY-MM-DD");

export const RequestId = z.object({ id: doc(z.uuid(), "the request's id") });

export const ListQuery = z.object({
  status: doc(
    z.enum(["open", "all", ...STATUSES]).default("open"),
    "one status, `open` (every status that is not final) or `all`",
  ),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const RequestSummary = z.object({
  id: z.uuid(),
  type: RequestType,
  status: RequestStatus,
  received_at: doc(z.string(), "ISO 8601 instant"),
  due_on: doc(Day.nullable(), "the last day to answer; null while the clock is paused"),
  days_left: z.number().int().nullable(),
  overdue: z.boolean(),
  due_soon: z.boolean(),
  paused: z.boolean(),
  extended: z.boolean(),
  duplicate_of: doc(z.uuid().nullable(), "an earlier request of the same type by the same person (Art. 12(5))"),
  stranded: doc(z.boolean(), "needs a worker but has no job: POST .../retry once the cause is fixed"),
});
apiSchemas.add(RequestSummary, { id: "RequestSummary" });

export const RequestList = z.object({ requests: z.array(RequestSummary) });
apiSchemas.add(RequestList, { id: "RequestList" });

export const RequestView = RequestSummary.extend({
  lang: z.enum(LANGUAGES),
  identities: z.array(z.object({ type: z.string(), value: z.string() })),
  details: z.record(z.string(), z.unknown()),
  extension_reason: z.string().nullable(),
  denial_reason: z.string().nullable(),
  possible_events: doc(z.array(z.string()), "lifecycle events that can happen now"),
  events: z.array(z.object({ at: z.string(), kind: z.string(), actor: z.string() })),
  packages: doc(
    z.array(
      z.object({
        id: z.uuid(),
        file_name: z.string(),
        expires_at: doc(z.string(), "ISO 8601 instant; after it the package is gone"),
        downloads_left: z.number().int(),
        available: doc(z.boolean(), "not expired and downloads left: GET .../package hands out the latest"),
      }),
    ),
    "the request's packages, oldest first",
  ),
  recipients_not_reached: doc(
    z.array(z.string()),
    "recipients the Art. 19 notice did not reach: tell them another way, then POST .../informed",
  ),
});
apiSchemas.add(RequestView, { id: "Request" });

export const FileRequestBody = FileRequestInput;
apiSchemas.add(FileRequestBody, {
  id: "NewRequest",
  description:
    "A request filed on behalf of a person. The person still confirms it with the code sent to the e-mail identity, unless a tenant's token files it: the tenant identified its user, and no e-mail identity is needed.",
});

export const FileVerifiedRequestBody = FileRequestInput.extend({
  verified_by: doc(
    z.literal("app", "app: the application signed the person in"),
    "who verified the person: `app`, the company's application, which signed them in",
  ),
  app_user: doc(
    z.string().trim().min(1).max(200, "at most 200 characters").optional(),
    "the application's own reference to the signed-in user: an id in its systems, not a name",
  ),
});
apiSchemas.add(FileVerifiedRequestBody, {
  id: "NewVerifiedRequest",
  description:
    "A request the company's application files for a person it signed in: no code is sent, the request starts verified. Only where the register lists account_login among rights.verification.methods.",
});

/** The package a request's access or portability produced: a ZIP archive, as bytes. */
export const PackageFile = {
  "application/zip": { schema: doc(z.file(), "the package: a ZIP archive with the data and a description of it") },
};

export const Filed = z.object({ id: z.uuid(), status: RequestStatus, due_on: Day });
apiSchemas.add(Filed, { id: "FiledRequest" });

export const AppRequestStatus = z.object({
  id: z.uuid(),
  type: RequestType,
  status: RequestStatus,
  lang: z.enum(LANGUAGES),
  received_on: Day,
  due_on: doc(Day.nullable(), "the last day to answer; null while the clock is paused"),
  days_left: z.number().int().nullable(),
  overdue: z.boolean(),
  paused: z.boolean(),
  extended: z.boolean(),
  extension_reason: z.string().nullable(),
  denial_reason: z.string().nullable(),
  events: doc(z.array(z.object({ at: z.string(), kind: z.string() })), "what the person's status page lists"),
  kept: doc(
    z.array(
      z.object({
        what: z.string(),
        rows: z.number().int(),
        ground: z.string(),
        law: z.string().optional(),
        until: z.string().optional(),
      }),
    ),
    "data kept after an erasure, and why (Art. 17(3))",
  ),
  download: doc(
    z
      .object({
        url: z.string(),
        file_name: z.string(),
        expires_at: z.string(),
        downloads_left: z.number().int(),
        available: z.boolean(),
      })
      .nullable(),
    "the access package: the person's own link, to show the signed-in user only",
  ),
});
apiSchemas.add(AppRequestStatus, {
  id: "AppRequestStatus",
  description: "A request as its person's status page shows it, for the application that filed it",
});

export function toAppStatus(view: RequestStatusView): z.output<typeof AppRequestStatus> {
  return {
    id: view.requestId,
    type: view.type,
    status: view.status,
    lang: view.lang,
    received_on: view.receivedOn,
    due_on: view.due,
    days_left: view.daysLeft,
    overdue: view.overdue,
    paused: view.paused,
    extended: view.extended,
    extension_reason: view.extensionReason,
    denial_reason: view.denialReason,
    events: view.events,
    kept: view.kept,
    download: view.download && {
      url: view.download.url,
      file_name: view.download.fileName,
      expires_at: view.download.expiresAt,
      downloads_left: view.download.downloadsLeft,
      available: view.download.available,
    },
  };
}

export const DenyBody = z.strictObject({
  reason: doc(z.string().trim().min(1).max(4000), "told to the requester, with the complaint route to the AP"),
});
apiSchemas.add(DenyBody, { id: "Denial" });

export const ExtendBody = z.strictObject({
  months: doc(z.union([z.literal(1), z.literal(2)]), "further months, at most two in all (Art. 12(3))"),
  reason: doc(z.string().trim().min(1).max(4000), "told to the requester"),
});
apiSchemas.add(ExtendBody, { id: "Extension" });

export const InformedBody = z.strictObject({
  recipient: doc(z.string().min(1).max(200), "the register's key of a recipient the notice did not reach"),
  note: doc(z.string().max(4000).optional(), "how they were told"),
});
apiSchemas.add(InformedBody, { id: "RecipientInformed" });

export function toSummary(item: Omit<RequestListItem, "position" | "openTasks">): z.output<typeof RequestSummary> {
  return {
    id: item.id,
    type: item.type,
    status: item.status,
    received_at: item.receivedAt,
    due_on: item.deadline.due,
    days_left: item.deadline.daysLeft,
    overdue: item.deadline.overdue,
    due_soon: item.deadline.dueSoon,
    paused: item.deadline.paused,
    extended: item.deadline.extended,
    duplicate_of: item.duplicateOf,
    stranded: item.stranded,
  };
}

export function toView(detail: RequestDetail): z.output<typeof RequestView> {
  const r = detail.request;
  const duplicate = detail.events.find((e) => e.kind === "duplicate_of")?.data.request_id;
  // As in the queue: a finished request's clock stopped when it was answered.
  const deadline = FINAL.has(r.status) ? { ...detail.deadline, overdue: false, dueSoon: false } : detail.deadline;
  return {
    ...toSummary({
      id: r.id,
      type: r.type,
      status: r.status,
      receivedAt: r.received_at,
      deadline,
      duplicateOf: typeof duplicate === "string" ? duplicate : null,
      stranded: isStranded(r.status, detail.events),
    }),
    lang: r.lang,
    identities: detail.identities,
    details: detail.details,
    extension_reason: r.extension_reason,
    denial_reason: r.denial_reason,
    possible_events: detail.actions,
    events: detail.events.map((e) => ({ at: e.at, kind: e.kind, actor: e.actor })),
    packages: detail.packages.map((p) => ({
      id: p.id,
      file_name: p.fileName,
      expires_at: p.expiresAt,
      downloads_left: p.downloadsLeft,
      available: p.available,
    })),
    recipients_not_reached: unreachedRecipients(detail.events),
  };
}
