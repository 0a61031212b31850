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

/** The periods the reminders count with when the register does not set them. */
export const PROCESSOR_REMINDER_DEFAULTS = { remind_before: "30 days", acknowledge_within: "14 days" } as const;

/** When the service reminds: the privacy officer of agreement reviews, recipients of unanswered notices. */
export const ProcessorReminders = z.strictObject({
  remind_before: Period.optional().describe(
    "how long before a processing agreement's review is due the privacy officer is reminded (30 days when not set)",
  ),
  acknowledge_within: Period.optional().describe(
    "how long a recipient has to acknowledge an Art. 19 notice before it is reminded, and again after each such period (14 days when not set)",
  ),
});

/** The request service itself: the privacy center, its outbox and its packages. */
export const Service = z.strictObject({
  retention: OwnDataRetention.optional().describe("the periods of Waarborg's own data, per kind"),
  processors: ProcessorReminders.optional().describe("reminders about processing agreements and Art. 19 notices"),
});
