import { sha256Hex } from "../crypto/index.js";
import type { RequestRow } from "../store/index.js";
import { FinishedError, OperationError } from "./errors.js";
import { FINAL } from "./states.js";

/** What officer actions share: a reason that is really there, and no action on a finished request. */

export const MAX_REASON = 4000;

/** The reason as given, trimmed; refused when empty or too long (the message does not repeat it). */
export function checkReason(reason: unknown, field = "reason"): string {
  const text = typeof reason === "string" ? reason.trim() : "";
  if (text === "") throw new OperationError(field, "give the reasons: the requester is told them", "reason-missing");
  if (text.length > MAX_REASON) throw new OperationError(field, `at most ${MAX_REASON} characters`, "reason-too-long");
  return text;
}

/**
 * The audit log keeps a reason's hash, not its text: a reason can name people, and the log is exported
 * as is. The hash still proves later that the reason shown is the one given.
 */
export function reasonAudit(reason: string): { reason_sha256: string } {
  return { reason_sha256: sha256Hex(reason) };
}

/** Refuses a clock action (extend, pause) on a finished request: its clock stopped with the answer. */
export function requireOpen(row: RequestRow): void {
  if (FINAL.has(row.status)) throw new FinishedError(row.status);
}
