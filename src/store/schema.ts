import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { Lang, RequestType, Status } from "../kernel/index.js";
import type { AccessEngagementsTable, AccessGrantsTable } from "./access-grant-tables.js";
import type { BreachesTable } from "./breach-tables.js";
import type { TaskFilesTable, TasksTable } from "./task-tables.js";
import type { TenantsTable } from "./tenant-tables.js";
import type { ProcessorRemindersTable, RecipientAcknowledgementsTable } from "./processor-tables.js";
import type {
  RetentionHoldsTable,
  RetentionLocksTable,
  RetentionRunsTable,
  TenantDeletionsTable,
} from "./retention-tables.js";

/**
 * The service store's tables, as Kysely sees them. Conventions, the same in SQLite and PostgreSQL:
 * - Instants are ISO-8601 UTC text from `Date.toISOString()` (`2025-03-05T09:30:00.000Z`): one fixed
 *   width and zone, so text order is time order and both dialects compare and sort them identically,
 *   with no driver turning them into Dates in one dialect and strings in the other. The fixed width
 *   also keeps the order under a PostgreSQL locale collation that skips punctuation.
 * - Calendar dates (deadlines) are `YYYY-MM-DD`: a period under Reg. 1182/71 ends at the end of a day,
 *   not at an instant.
 * - JSON is stored as text, written and parsed by the application, for the same reason.
 * - Booleans are integers 0/1 (SQLite has no boolean type).
 * - Enumerations are text checked by these types, not by CHECK constraints: SQLite cannot alter a
 *   constraint without rebuilding the table, and adding a status must stay a cheap change.
 * - Random tokens (status links, sessions, API tokens, download links, codes) are stored as SHA-256
 *   hashes only; the plaintext exists once, in the message or response that hands it out.
 */

/** Request statuses are owned by the lifecycle's transition table; the store only keeps them. */
export type RequestStatus = Status;

export const USER_ROLES = ["admin", "privacy_officer", "support", "auditor"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const JOB_STATES = ["queued", "active", "completed", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface RequestsTable {
  /** A random UUID: never sequential, so one id says nothing about how many others exist. */
  id: string;
  type: RequestType;
  status: RequestStatus;
  lang: Lang;
  /** sha256 of the normalised identities, to find duplicates and repeated requests without plaintext. */
  identities_hash: string;
  /** AES-256-GCM envelope of the identities (key from the environment): the engine needs the plaintext. */
  identities_encrypted: string;
  received_at: string;
  /** YYYY-MM-DD: the last day of the Art. 12(3) period. */
  due_at: string;
  /** YYYY-MM-DD when the period was extended (Art. 12(3), by up to two months). */
  extended_until: string | null;
  extension_reason: string | null;
  /** Set while the clock is paused, waiting for identity proof the company asked for. */
  paused_since: string | null;
  /** Days the clock stood still in earlier pauses. */
  paused_days: Generated<number>;
  status_token_hash: string;
  denial_reason: string | null;
  /** JSON object: the type's own fields (e.g. what to rectify, what the objection is about). */
  details: Generated<string>;
  /** The tenant whose token filed it: the engine reaches only that tenant's rows. NULL: the company's own. */
  tenant: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface RequestEventsTable {
  /** Autoincrement, so a request's events read back in the order they happened, even within one ms. */
  id: Generated<number>;
  request_id: string;
  at: string;
  kind: string;
  /** Who caused it: requester, system, worker, operator, user:<id> or api:<id>; never a name or an address. */
  actor: string;
  data: Generated<string>;
}

/** One live code per request: a new code replaces the old one, the lock outlives the replacement. */
export interface VerificationCodesTable {
  request_id: string;
  code_hash: string;
  expires_at: string;
  attempts: Generated<number>;
  locked_at: string | null;
  created_at: string;
}

export interface PackagesTable {
  id: string;
  request_id: string;
  /** Where the package lives: a file path, or null when `content` holds it. */
  path: string | null;
  content: Buffer | null;
  /** 1 when path/content hold AES-256-GCM ciphertext (key from the environment). */
  encrypted: number;
  file_name: string;
  media_type: string;
  download_token_hash: string;
  expires_at: string;
  downloads_left: number;
  created_at: string;
}

export interface UsersTable {
  id: string;
  /** Stored lowercased, so the unique index is case-insensitive in both dialects. */
  email: string;
  name: string;
  role: UserRole;
  /** argon2id PHC string. */
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  /** sha256 of the session cookie's value. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  token_hash: string;
  /** JSON array of scope names. */
  scopes: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  /** The company's customer the token acts for (processor mode); NULL: the company's own token. */
  tenant: Generated<string | null>;
}

export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  html: string | null;
  lang: Lang;
  created_at: string;
  sent_at: string | null;
  /** Why the last delivery failed: the transport's message, never the mail's content. */
  error: string | null;
}

/** Hash-chained: `seq` and `prev_hash` are computed by the writer, and the primary key on `seq` makes
 * two writers racing for the same position conflict instead of forking the chain. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

/** The in-process runner's queue (src/jobs/store-queue.ts); pg-boss keeps its own tables. */
export interface JobsTable {
  id: string;
  queue: string;
  /** JSON object of ids and flags, never personal data: this table is not encrypted. */
  payload: string;
  state: JobState;
  attempts: Generated<number>;
  max_attempts: number;
  /** Not claimed before this instant: delays and retry backoff. */
  run_after: string;
  /** The claim token of the worker holding the job; with `locked_until`, the lease. */
  locked_by: string | null;
  locked_until: string | null;
  singleton_key: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** OpenDSR's link from a caller's subject_request_id to a request (see http/api/opendsr/links.ts). */
export interface OpenDsrLinksTable {
  subject_request_id: string;
  /** Null while the id is reserved and the request is being filed. */
  request_id: string | null;
  /** JSON array of the callback URLs the caller gave. */
  callback_urls: Generated<string>;
  submitted_time: string | null;
  received_time: string | null;
  /** The OpenDSR status the callbacks were last sent for. */
  notified: string | null;
}

/** The banner configuration a record names by hash: every text and option shown, kept once per hash. */
export interface ConsentConfigsTable {
  hash: string;
  version: number;
  lang: Lang;
  /** The shown configuration as canonical JSON: its sha256 is `hash`. */
  config: string;
  created_at: string;
}

/**
 * One decision, append-only (a trigger refuses UPDATE and DELETE). Pseudonymous: the consent id is a
 * random UUID the banner keeps in a first-party cookie; nothing here names a person.
 */
export interface ConsentRecordsTable {
  seq: Generated<number>;
  consent_id: string;
  /** Server time the service took the decision. */
  at: string;
  /** The configuration version (the register's banner revision) the person answered. */
  version: number;
  config_hash: string;
  /** JSON object: purpose id -> granted, as recorded (GPC applied). */
  choices: string;
  /** accept_all, reject_all, custom, withdraw, gpc, or parent_confirmed. */
  action: string;
  lang: Lang;
  /** The page's origin as the browser sent it ("" when none was sent). */
  origin: string;
  /** 1 when the browser sent Global Privacy Control with the decision. */
  gpc: number;
  /** For a person under the age of digital consent: "awaiting" a parent, or "confirmed" by one. */
  parental: string | null;
  /** How the decision came: "banner", "api", or "request:<id>" (a withdrawal from the privacy center). */
  via: string;
  batch: number;
  /** sha256 over the record's fields (records/hash.ts); the batch root covers it. */
  hash: string;
}

/** One group commit of records, with the root over their hashes; `segment` once sealed. */
export interface ConsentBatchesTable {
  id: Generated<number>;
  at: string;
  records: number;
  root: string;
  segment: number | null;
}

/** Batches sealed together: the segment's root is what the audit log keeps (entry `audit_seq`). */
export interface ConsentSegmentsTable {
  id: Generated<number>;
  sealed_at: string;
  batches: number;
  records: number;
  root: string;
  audit_seq: number;
}

/** Decisions per day and purpose, counted when sealed: the admin console's acceptance chart. */
export interface ConsentDailyTable {
  /** YYYY-MM-DD (UTC). */
  day: string;
  purpose: string;
  granted: number;
  refused: number;
}

/**
 * A marketing subscription by e-mail, for one consent purpose: asked, confirmed by the address owner
 * (double opt-in), and ended by an unsubscribe, a withdrawal or an objection. Never deleted: it is
 * the proof of the consent while it lasted.
 */
export interface SubscriptionsTable {
  id: string;
  /** The register's consent purpose (e.g. newsletter). */
  purpose: string;
  /** HMAC-SHA256 of the lower-cased address with a key derived from the data key: found, never read. */
  email_hash: string;
  /** AES-256-GCM envelope of the address (the data key). */
  email_encrypted: string;
  lang: Lang;
  /** pending (until the link in the mail is followed), confirmed, or ended. */
  status: "pending" | "confirmed" | "ended";
  /** JSON: the purpose's name and description as the form showed them, and their sha256. */
  shown: string;
  confirm_token_hash: string;
  /** sha256 of the token in every message's unsubscribe link (derived from the id with a key). */
  unsubscribe_token_hash: string;
  /** A person under the age of digital consent: a parent's confirmation "awaiting" or "confirmed". */
  parental: "awaiting" | "confirmed" | null;
  parent_token_hash: string | null;
  created_at: string;
  confirmed_at: string | null;
  parent_confirmed_at: string | null;
  ended_at: string | null;
  /** unsubscribe, one_click, withdrawal, objection. */
  end_reason: string | null;
}

/**
 * Addresses that must not get marketing mail: appended when someone unsubscribes, withdraws or
 * objects, never removed. `purpose` is "*" for an objection to all direct marketing. A later
 * subscription confirmed by the address owner (double opt-in) is new consent, and counts from then.
 */
export interface SuppressionsTable {
  id: Generated<number>;
  email_hash: string;
  purpose: string;
  reason: string;
  at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/**
 * One counter of the filing or sign-in limits. `key` is a SHA-256 hash of what is counted (an e-mail
 * address, a client address, an account). Filing counts within a fixed window from
 * `window_started_at`; sign-in failures are forgotten once `last_at` is long enough ago, and
 * `blocked_until` is the end of the delay the last failure earned.
 */
export interface LimitCountersTable {
  key: string;
  count: number;
  window_started_at: string;
  last_at: string;
  blocked_until: string | null;
}

export interface StoreSchema {
  requests: RequestsTable;
  request_events: RequestEventsTable;
  verification_codes: VerificationCodesTable;
  packages: PackagesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  settings: SettingsTable;
  opendsr_links: OpenDsrLinksTable;
  consent_configs: ConsentConfigsTable;
  consent_records: ConsentRecordsTable;
  consent_batches: ConsentBatchesTable;
  consent_segments: ConsentSegmentsTable;
  consent_daily: ConsentDailyTable;
  subscriptions: SubscriptionsTable;
  suppressions: SuppressionsTable;
  limit_counters: LimitCountersTable;
  retention_runs: RetentionRunsTable;
  retention_locks: RetentionLocksTable;
  retention_holds: RetentionHoldsTable;
  tenant_deletions: TenantDeletionsTable;
  access_grants: AccessGrantsTable;
  access_engagements: AccessEngagementsTable;
  breaches: BreachesTable;
  tasks: TasksTable;
  task_files: TaskFilesTable;
  processor_reminders: ProcessorRemindersTable;
  recipient_acknowledgements: RecipientAcknowledgementsTable;
  tenants: TenantsTable;
}

export type RequestRow = Selectable<RequestsTable>;
export type NewRequest = Insertable<RequestsTable>;
export type RequestUpdate = Updateable<RequestsTable>;
export type RequestEventRow = Selectable<RequestEventsTable>;
export type PackageRow = Selectable<PackagesTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type JobRow = Selectable<JobsTable>;
export type ConsentRecordRow = Selectable<ConsentRecordsTable>;
export type NewConsentRecord = Insertable<ConsentRecordsTable>;
export type SubscriptionRow = Selectable<SubscriptionsTable>;
