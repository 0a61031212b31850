import { z } from "zod";
import { Period, Text } from "./common.js";

/** The events a retention period can start from. Custom events are free text with a `custom:` prefix. */
export const RETENTION_EVENTS = [
  "collection",
  "contract_end",
  "account_deleted",
  "tenant_deleted",
  "last_activity",
  "request_handled",
  "consent_withdrawn",
  "incident_closed",
  "relationship_end",
  "financial_year_end",
  "recording",
] as const;

export const Hold = z.strictObject({
  ground: z.enum(["legal_obligation", "legal_claims", "public_interest", "archiving"]),
  law: z.string().min(1).optional().describe("e.g. AWR art. 52(4)"),
  period: Period.optional(),
  applies_to: z.array(z.string().min(1)).optional().describe("data categories the hold keeps"),
  description: Text.optional(),
});

export const RetentionRule = z.strictObject({
  period: Period.optional(),
  after: z
    .union([z.enum(RETENTION_EVENTS), z.string().regex(/^custom:.+/, "custom events start with custom:")])
    .optional(),
  custom_event: Text.optional().describe(
    'for a custom: start event, the event in words, written to follow "na" / "after": { nl: "afloop van de proefperiode", en: "the trial ends" }',
  ),
  /** The criteria that set the period (Art. 13(2)(a)): printed with the period, or alone when none can be given. */
  criteria: Text.optional(),
  action: z.enum(["delete", "anonymize", "restrict"]).default("delete"),
  /** Lifecycle deletions: time the customer has to undo before deletion starts. */
  undo_window: Period.optional(),
  /** How long backups still hold the data after deletion. */
  backup_purge: Period.optional(),
  erasure_request: z
    .boolean()
    .optional()
    .describe("the start event counts as the person's erasure request (Art. 17): the engine opens one"),
  /** Data kept longer than this while an incident or claim needs it. */
  extended_by: Text.optional(),
  holds: z.array(Hold).default([]),
  /** Enforced by something other than a sweep on a declared collection (a processor's own deletion, a log rotation). */
  enforced_elsewhere: Text.optional().describe("who or what deletes this data when no collection names the rule"),
  description: Text.optional(),
});
export type RetentionRule = z.infer<typeof RetentionRule>;
