import { z } from "zod";
import { Id, Text } from "./common.js";

export const LEGAL_BASES = [
  "consent",
  "contract",
  "legal_obligation",
  "vital_interests",
  "public_task",
  "legitimate_interest",
] as const;

/** Art. 9(2) grounds, by letter. */
export const ART9_GROUNDS = [
  "explicit_consent",
  "employment_social_security",
  "vital_interests",
  "non_profit_body",
  "made_public",
  "legal_claims",
  "substantial_public_interest",
  "health_care",
  "public_health",
  "archiving_research",
] as const;

export const LegitimateInterest = z.strictObject({
  interest: Text.describe("the interest pursued, as the statement names it (Art. 13(1)(d))"),
  balancing_test: z
    .strictObject({
      date: z.string().min(1).optional(),
      reference: z.string().min(1).optional().describe("where the written test is kept"),
      outcome: Text.optional(),
    })
    .optional(),
});

/** Whether providing the data is a statutory or contractual requirement, and what follows if not (Art. 13(2)(e)). */
export const Requirement = z.strictObject({
  kind: z.enum(["contract", "law", "voluntary"]),
  consequence: Text.optional(),
});

/** Where the data comes from when not from the person (Art. 14(2)(f)). */
export const Source = z.strictObject({
  from_subject: z.boolean().default(true),
  description: Text.optional(),
  publicly_accessible: z.boolean().optional(),
});

export const Activity = z.strictObject({
  name: Text,
  purpose: Text,
  purpose_kind: Id.optional().describe("an entry of the purpose taxonomy, e.g. marketing.newsletter"),
  role: z.enum(["controller", "processor"]).default("controller"),
  /** For role processor: on whose behalf (Art. 30(2)(a)). */
  controller: Text.optional(),
  /** For role processor: the processing agreement with that controller (Art. 28(3)). */
  agreement: z
    .enum(["signed", "pending", "none"])
    .optional()
    .describe("for role processor: the processing agreement with the controller (Art. 28(3))"),
  legal_basis: z.enum(LEGAL_BASES).optional(),
  legitimate_interest: LegitimateInterest.optional(),
  consent_purpose: Id.optional().describe("the consent purpose (under consent.purposes) that records the choice"),
  special_category_ground: z.enum(ART9_GROUNDS).optional(),
  /** Art. 10 / UAVG art. 31-33: criminal data ground. */
  criminal_data_ground: Text.optional(),
  /** UAVG art. 46: the law that prescribes or allows processing the BSN. */
  bsn_ground: Text.optional(),
  subjects: z.array(Id).default([]),
  data_categories: z.array(Id).default([]),
  retention: Id.optional().describe("a rule under retention"),
  lifecycle: z
    .array(Id)
    .optional()
    .describe(
      "further rules under retention that end the same data on another event (the customer deletes its organisation, cancels the contract), each with its own undo window and backup purge",
    ),
  recipients: z.array(Id).default([]),
  automated_decisions: z.array(Id).default([]),
  source: Source.optional(),
  requirement: Requirement.optional(),
  notes: Text.optional(),
});
export type Activity = z.infer<typeof Activity>;
