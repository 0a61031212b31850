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
    .default(["email_code"]),
  /** When an ID copy is asked for: never, only on reasonable doubt, or always (a defect). */
  id_copy: z.enum(["never", "on_doubt", "always"]).default("never"),
  id_copy_masking: z.array(z.enum(["bsn", "photo", "mrz", "document_number"])).default([]),
  delete_id_copy_after_verification: z.boolean().optional(),
  cookie_proof: z
    .boolean()
    .optional()
    .describe("for data tied only to a cookie, the person proves it is theirs by sending that cookie's value"),
});

export const Rights = z.strictObject({
  supported: z.array(z.enum(RIGHTS)).default([...RIGHTS]),
  channels: z.array(Channel).default([]),
  response_time: Period.default("1 month"),
  verification: Verification.optional(),
  /** When a request may be refused (Art. 12(5), 17(3), 21(1)). */
  refusal: Text.optional(),
  /** Account features that let people exercise rights themselves (edit profile, cancel account). */
  self_service: Text.optional(),
  fee: z.enum(["free", "excessive_only"]).default("free"),
  /** Whether erasure, rectification and restriction require approval by the privacy officer. */
  approval: z.array(z.enum(RIGHTS)).default([]),
});
