import { z } from "zod";
import { MAX_REVIEW_DAYS, reviewPeriod } from "../review-period.js";
import { Id, Period, Text } from "./common.js";

/** Art. 22: a decision based solely on automated processing. */
export const AutomatedDecision = z.strictObject({
  name: Text.describe("the decision as a person knows it, e.g. automatic payment reminders and suspension"),
  logic: Text.optional().describe("meaningful information about the logic involved (Art. 13(2)(f))"),
  consequences: Text.optional().describe("the significance and envisaged consequences"),
  legal_effect: z.boolean().describe("legal or similarly significant effect (Art. 22(1))"),
  human_review: z
    .strictObject({
      channel: Text.describe("where else to ask for it, in the statement's words (e.g. an e-mail address)"),
      description: Text.optional().describe("more on how the review goes, printed in the statement"),
      respond_within: Period.refine(
        (text) => reviewPeriod(text) !== undefined,
        `at most the month of Art. 12(3): up to ${MAX_REVIEW_DAYS} days, 4 weeks, or 1 month`,
      )
        .optional()
        .describe(
          "how soon a request for human review of this decision is answered, if sooner than the Art. 12(3) month (e.g. 14 days)",
        ),
    })
    .optional()
    .describe("how to get human intervention, give a view and contest (Art. 22(3))"),
  steps: z
    .array(Text)
    .optional()
    .describe("the decision's steps in order, e.g. reminder, suspension, bailiff, cancellation"),
});

export const SECURITY_MEASURES = [
  "encryption_in_transit",
  "encryption_at_rest",
  "multi_factor_authentication",
  "access_control",
  "need_to_know",
  "logging",
  "backups",
  "firewall",
  "pseudonymisation",
  "security_testing",
  "confidentiality_agreements",
  "iso27001",
  "password_hashing",
  "physical_security",
  "staff_training",
] as const;

export const Security = z.strictObject({
  measures: z.array(z.enum(SECURITY_MEASURES)).default([]),
  description: Text.optional(),
  certifications: z.array(z.string().min(1)).default([]),
});

/** Art. 8 and the member state's age of digital consent (UAVG art. 5 in the Netherlands). */
export const Minors = z.strictObject({
  minimum_age: z
    .number()
    .int()
    .min(0)
    .max(21)
    .optional()
    .describe("below this age a parent consents; the age of digital consent of established_in when left out (NL 16, BE 13)"),
  targets_children: z
    .boolean()
    .optional()
    .describe("whether the service is meant for children; left out, the statement does not say"),
  parental_consent: z.boolean().optional(),
  policy: Text.optional(),
});

/** The kinds of open work an external party's access grant must name. */
export const ENGAGEMENT_KINDS = ["project", "incident"] as const;

/** A party outside the company's own staff (a helpdesk, developers, database administrators). */
export const ExternalParty = z.strictObject({
  label: Text,
  while_open: z
    .array(z.enum(ENGAGEMENT_KINDS))
    .min(1)
    .default(["project", "incident"])
    .describe("a grant to this party names an open project or incident of these kinds, and ends when it closes"),
  confidentiality_agreement: z.boolean().optional(),
});

/** Support staff who log in to a customer's account: only for a reason, time-boxed, audited. */
export const SupportAccess = z.strictObject({
  who: Text,
  requires_reason: z
    .boolean()
    .optional()
    .describe("support records a reason before it looks; the statement says so only when this is recorded"),
  max_duration: Period.optional().describe("the longest an access grant may run (8 hours when not set)"),
  customer_approval: z
    .boolean()
    .default(false)
    .describe("a grant is valid only once the tenant whose data it opens has approved it"),
  external_parties: z
    .record(Id, ExternalParty)
    .default({})
    .describe("parties besides the company's own staff that may get grants, by id (helpdesk, developers, dba)"),
  audited: z
    .boolean()
    .optional()
    .describe("every access is logged; the statement says so only when this is recorded"),
  confidentiality_agreements: z.boolean().optional(),
  description: Text.optional(),
});

export const Statement = z.strictObject({
  languages: z
    .array(z.enum(["nl", "en"]))
    .min(1)
    .default(["nl", "en"]),
  address: z
    .enum(["u", "je"])
    .default("u")
    .describe(
      'how the Dutch statement, the privacy center and the mails to the person address the reader: "u" (formal, the default) or "je" (informal); staff mail stays formal and English always says "you"',
    ),
  version: z
    .string()
    .min(1)
    .optional()
    .describe("the statement's version number; left out, the statement and the archive name no version"),
  effective_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
    .optional()
    .describe("YYYY-MM-DD from which this version applies; left out, no document states a date"),
  change_notification: z
    .strictObject({
      channels: z.array(z.enum(["email", "website", "in_app"])).min(1),
      notice_period: Period.optional(),
    })
    .optional(),
  /** Extra paragraphs the company wants in its statement, keyed by section. */
  extra: z.record(z.string(), Text).optional(),
});

export const Subject = z.strictObject({
  name: Text,
  kind: Id.optional().describe("an entry of the subject taxonomy, e.g. customer"),
  description: Text.optional(),
});

export const CategoryDefinition = z.strictObject({
  label: Text,
  special: z.enum(["art9", "art10", "bsn"]).optional(),
  secret: z
    .boolean()
    .optional()
    .describe("credentials or secrets (password hashes, tokens): never exported in an access package"),
  on_device: z
    .boolean()
    .optional()
    .describe("read from or stored on the visitor's device (cookies, local storage, device ids): needs cookies declared"),
  description: Text.optional(),
});

export const PurposeDefinition = z.strictObject({ label: Text, description: Text.optional() });

export const TaxonomyExtension = z.strictObject({
  data_categories: z.record(Id, CategoryDefinition).default({}),
  purposes: z.record(Id, PurposeDefinition).default({}),
  subject_kinds: z.record(Id, PurposeDefinition).default({}),
});
