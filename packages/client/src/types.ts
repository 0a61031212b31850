/*
 * What the client sends and gets back, as the API's OpenAPI document (/openapi.json) describes it.
 * Kept by hand here, so the client carries no code of the service; test/client checks them against
 * the running service.
 */

export const REQUEST_TYPES = [
  "access",
  "portability",
  "rectification",
  "erasure",
  "restriction",
  "objection",
  "withdrawal",
  "automated_decision_review",
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = [
  "received",
  "verifying",
  "verified",
  "awaiting_approval",
  "in_progress",
  "completed",
  "partially_completed",
  "denied",
  "cancelled",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type Language = "nl" | "en";

/** Who the person is: `email`, or an identity type the register declares (a customer id, a phone number). */
export interface Identity {
  type: string;
  value: string;
}

export interface NewRequest {
  type: RequestType;
  identities: Identity[];
  /** The language the person is answered in. */
  lang: Language;
  /** What the request type takes: a note, corrections, activities or purposes, consent ids. */
  details?: Record<string, unknown>;
}

export interface NewVerifiedRequest extends NewRequest {
  /** The application's own reference to its signed-in user: an id in its systems, not a name. */
  appUser?: string;
}

export interface FiledRequest {
  id: string;
  status: RequestStatus;
  /** The last day to answer, YYYY-MM-DD. */
  due_on: string;
}

/** A request as its person's status page shows it: what the application shows its signed-in user. */
export interface RequestStatusView {
  id: string;
  type: RequestType;
  status: RequestStatus;
  lang: Language;
  /** The day it was received, YYYY-MM-DD. */
  received_on: string;
  /** The last day to answer; null while the clock is paused. */
  due_on: string | null;
  days_left: number | null;
  overdue: boolean;
  paused: boolean;
  extended: boolean;
  extension_reason: string | null;
  denial_reason: string | null;
  events: { at: string; kind: string }[];
  /** Data kept after an erasure, and why (Art. 17(3)). */
  kept: { what: string; rows: number; ground: string; law?: string; until?: string }[];
  /** The access package: the person's own link, to show the signed-in user only. */
  download: { url: string; file_name: string; expires_at: string; downloads_left: number; available: boolean } | null;
}

/** A request as the privacy officer's systems see it: identities, details and the whole trail. */
export interface RequestView {
  id: string;
  type: RequestType;
  status: RequestStatus;
  lang: Language;
  received_at: string;
  /** The last day to answer; null while the clock is paused. */
  due_on: string | null;
  days_left: number | null;
  overdue: boolean;
  due_soon: boolean;
  paused: boolean;
  extended: boolean;
  duplicate_of: string | null;
  stranded: boolean;
  identities: Identity[];
  details: Record<string, unknown>;
  extension_reason: string | null;
  denial_reason: string | null;
  possible_events: string[];
  events: { at: string; kind: string; actor: string }[];
  /** Oldest first; `available` while not expired and with downloads left (downloadPackage takes the latest). */
  packages: { id: string; file_name: string; expires_at: string; downloads_left: number; available: boolean }[];
  recipients_not_reached: string[];
}

/** A request's package as downloadPackage returns it. */
export interface RequestPackage {
  /** The file itself: a ZIP archive with the data and a description of it. */
  bytes: Uint8Array;
  /** The name it should be saved under, such as access-2025-03-05.zip. */
  fileName: string;
  /** Its media type, such as application/zip. */
  mediaType: string;
  /** Downloads left after this one, when the service said. */
  downloadsLeft?: number;
}

export interface GrantUse {
  /** The tenant whose data was opened. */
  tenant: string;
  /** A label of what was done, such as invoice.read; never data. */
  action: string;
  /** When it happened; now when left out. */
  at?: Date | string;
}

export interface GrantUseRecorded {
  /** The grant was valid for this tenant at that moment; the use is recorded either way. */
  withinGrant: boolean;
}
