import type { HolidayCalendar } from "../deadlines/index.js";
import type { JobQueue } from "../jobs/index.js";
import type { Mailer } from "../mail/index.js";
import type { Register } from "../register/index.js";
import type { Store } from "../store/index.js";

/**
 * Everything an operation needs, handed in rather than reached for: the HTTP routes, the CLI, the
 * workers and the tests build one and call the same functions. `now` is injectable so deadlines, code
 * expiry and link expiry can be tested without waiting.
 */
export interface ServiceContext {
  store: Store;
  queue: JobQueue;
  mailer: Mailer;
  register: Register;
  registerPath: string;
  keys: {
    /** 32-byte AES-256 key for identities and packages (WAARBORG_DATA_KEY, base64). */
    data: Buffer;
  };
  calendar: HolidayCalendar;
  now(): Date;
  /** Waits between an API's retries and for its rate limit; tests hand in one that does not wait. */
  sleep?(ms: number): Promise<void>;
  /** Base URL of the privacy center, for links in mail (no trailing slash needed). */
  publicUrl: string;
  /** Connection URLs of the register's datasets, masking and webhook secrets. */
  env: NodeJS.ProcessEnv;
}

/**
 * Who did something, as stored in events and the audit log: never a name or an address. `operator`
 * is whoever runs a request from the command line with the service's credentials (`waarborg erase`
 * and the like): the machine's own accounts say who that was, the store does not. `owner` is the owner
 * of a manual system answering a task by its signed link: the register names them, the store does not.
 */
export type Actor =
  | "requester"
  | "system"
  | "worker"
  | "operator"
  | "owner"
  | `user:${string}`
  | `api:${string}`
  /** A recipient acknowledging an Art. 19 notice through its link: the register's key, never a name. */
  | `recipient:${string}`;
