import { z } from "zod";
import { Period } from "./common.js";

/**
 * What Waarborg keeps of its own while it handles requests, by kind. The purge of these kinds runs
 * from the housekeeping pass and `waarborg retention run`; see src/retention/own-data.
 */
export const OWN_DATA_KINDS = ["unverified_requests", "expired_codes", "delivered_mail", "expired_packages"] as const;
export type OwnDataKind = (typeof OWN_DATA_KINDS)[number];

/** How long each kind is kept; a kind left out is purged after a conservative default, and the statement is silent on it. */
export const OwnDataRetention = z.strictObject({
  unverified_requests: Period.optional().describe(
    "how long a request nobody confirmed (still received or verifying) is kept, counted from its filing",
  ),
  expired_codes: Period.optional().describe("how long a one-time verification code is kept after it expired"),
  delivered_mail: Period.optional().describe(
    "how long a mail in the service's outbox is kept after it was delivered (or written to the outbox)",
  ),
  expired_packages: Period.optional().describe(
    "how long an access package (file and row) is kept after its download link expired",
  ),
});
export type OwnDataRetention = z.infer<typeof OwnDataRetention>;

/** The request service itself: the privacy center, its outbox and its packages. */
export const Service = z.strictObject({
  retention: OwnDataRetention.optional().describe("the periods of Waarborg's own data, per kind"),
});
