import { wallClock } from "../deadlines/index.js";
import { nameForAll, type Register } from "../register/index.js";
import type { RequestStatus } from "../store/index.js";

/*
 * OpenDSR (formerly OpenGDPR), the machine-readable surface other systems file and follow requests
 * through. Waarborg speaks its requests, statuses and callbacks; callbacks are signed with a shared
 * secret (HMAC-SHA256) instead of the processor certificate of the original draft.
 */

export const OPENDSR_API_VERSION = "0.1";
export const OPENDSR_TYPES = ["access", "portability", "erasure"] as const;
export const OPENDSR_STATUSES = ["pending", "in_progress", "completed", "cancelled"] as const;
export type OpenDsrStatus = (typeof OPENDSR_STATUSES)[number];

/** The header holding the hex HMAC-SHA256 of the callback body, keyed with WAARBORG_WEBHOOK_SECRET. */
export const SIGNATURE_HEADER = "X-OpenDSR-Signature";
export const WEBHOOK_SECRET_ENV = "WAARBORG_WEBHOOK_SECRET";

/**
 * OpenDSR knows four statuses. Everything before the work starts is pending; a denial ends the
 * request without carrying it out, which OpenDSR can only say as cancelled (the reasons go to the
 * person, and GET shows Waarborg's own status next to it).
 */
const STATUS_MAP: Record<RequestStatus, OpenDsrStatus> = {
  received: "pending",
  verifying: "pending",
  verified: "pending",
  awaiting_approval: "pending",
  in_progress: "in_progress",
  completed: "completed",
  partially_completed: "completed",
  denied: "cancelled",
  cancelled: "cancelled",
};

export function openDsrStatus(status: RequestStatus): OpenDsrStatus {
  return STATUS_MAP[status];
}

export function isFinal(status: OpenDsrStatus): boolean {
  return status === "completed" || status === "cancelled";
}

/** The controller's id in OpenDSR messages: the KvK number when the register gives one, else the name. */
export function controllerId(register: Register): string {
  return register.organization.kvk ?? nameForAll(register.organization.name, register);
}

/**
 * The last moment of a due date in the calendar's time zone, as an ISO instant: a period under
 * Reg. 1182/71 ends at the end of its last day, wherever the caller is.
 */
export function endOfDay(day: string, timeZone: string): string {
  const naive = Date.parse(`${day}T23:59:59Z`);
  const clock = wallClock(new Date(naive), timeZone);
  const shown = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return new Date(naive - (shown - naive)).toISOString();
}
