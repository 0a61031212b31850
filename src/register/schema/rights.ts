import { z } from "zod";
import { Period, Text } from "./common.js";

export const RIGHTS = [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "objection",
  "portability",
  "withdraw_consent",
  "automated_decision_review",
  "complaint",
] as const;
export type Right = (typeof RIGHTS)[number];

export const Channel = z.strictObject({
  kind: z.enum(["email", "web", "post", "in_app", "phone"]),
  address: z.string().min(1),
});

export const Verification = z.strictObject({
  methods: z
    .array(z.enum(["account_login", "email_code", "sms_code", "id_copy", "representative_mandate"]))
    .default([])
    .describe(
      "how a person shows a request is theirs; account_login also lets the company's application file requests for its signed-in users, verified by that sign-in (API scope requests:file_verified)",
    ),
  /** When an ID copy is asked for: never, only on reasonable doubt, or always (a defect). Left out: not recorded. */
  id_copy: z.enum(["never", "on_doubt", "always"]).optional(),
  id_copy_masking: z.array(z.enum(["bsn", "photo", "mrz", "document_number"])).default([]),
  delete_id_copy_after_verification: z.boolean().optional(),
  cookie_proof: z
    .boolean()
    .optional()
    .describe("for data tied only to a cookie, the person proves it is theirs by sending that cookie's value"),
});

/**
 * Why a request may be refused, each with the article that allows it. Art. 12(5) allows refusing a
 * manifestly unfounded or excessive request; the others belong to particular rights.
 */
export const REFUSAL_GROUNDS = [
  "manifestly_unfounded",
  "excessive",
  "identity_unconfirmed",
  "rights_of_others",
  "freedom_of_expression",
  "legal_obligation",
  "public_health",
  "archiving_research",
  "legal_claims",
  "compelling_grounds",
  "basis_not_covered",
  "statutory_restriction",
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** What one right takes and when it may be refused, printed under that right in the statement. */
export const RightTerms = z.strictObject({
  conditions: Text.optional().describe("when the right applies and what using it takes, in the statement's words"),
  refusal_grounds: z
    .array(z.enum(REFUSAL_GROUNDS))
    .default([])
    .describe("the grounds on which a request for this right may be refused"),
  refusal: Text.optional().describe("more on refusing this right, in the company's own words"),
});

export const Rights = z.strictObject({
  supported: z.array(z.enum(RIGHTS)).default([...RIGHTS]),
  channels: z.array(Channel).default([]),
  response_time: Period.default("1 month"),
  verification: Verification.optional(),
  /** When a request may be refused (Art. 12(5), 17(3), 21(1)). */
  refusal: Text.optional(),
  per_right: z
    .partialRecord(z.enum(RIGHTS), RightTerms)
    .default({})
    .describe("per right: its conditions and the grounds on which a request may be refused"),
  /** Account features that let people exercise rights themselves (edit profile, cancel account). */
  self_service: Text.optional(),
  fee: z.enum(["free", "excessive_only"]).default("free"),
  /** Whether erasure, rectification and restriction require approval by the privacy officer. */
  approval: z.array(z.enum(RIGHTS)).default([]),
});
