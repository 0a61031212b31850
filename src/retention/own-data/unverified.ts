import type { RequestStatus } from "../../store/index.js";

/**
 * A request nobody confirmed: filed, perhaps sent a code, never verified. Only these two statuses;
 * a request that was verified, handled, denied or cancelled is kept as the record of its handling.
 */
export const UNVERIFIED: readonly RequestStatus[] = ["received", "verifying"];
