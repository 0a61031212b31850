import { createHash } from "node:crypto";

/**
 * The idempotency key of one write: derived from the request, the system, the operation and (for a
 * per-record call) the record's key, so it is the same on every retry and every re-run of the job,
 * and the API does a repeated write once. A hash, so no identity or id of the person is in it.
 */
export function idempotencyKey(requestId: string, system: string, operation: string, recordKey = ""): string {
  return createHash("sha256").update(`waarborg\0${requestId}\0${system}\0${operation}\0${recordKey}`).digest("hex");
}
