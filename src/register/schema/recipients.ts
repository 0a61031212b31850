import { z } from "zod";
import { Contact, Country, Name, Text } from "./common.js";

/** Chapter V transfer tools. */
export const SAFEGUARDS = [
  "adequacy",
  "eu_us_dpf",
  "standard_contractual_clauses",
  "binding_corporate_rules",
  "derogation_consent",
  "derogation_contract",
  "none",
] as const;

export const Recipient = z.strictObject({
  name: Name.describe("the recipient's name, or the kind of recipient: one string, or { nl, en }"),
  kind: z.enum(["processor", "sub_processor", "controller", "joint_controller", "public_authority", "category"]),
  service: Text.optional().describe("what they do with the data"),
  /** Art. 28(3): the processing agreement. */
  agreement: z.enum(["signed", "pending", "none", "not_required"]).optional(),
  location: z.array(Country).default([]).describe("countries where the data is stored or accessed"),
  hosts: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "a host name such as stats.example.com"),
    )
    .default([])
    .describe(
      "the hosts a visitor's browser contacts for this recipient (subdomains included); `waarborg scan` matches third-party requests against them",
    ),
  transfer: z
    .strictObject({
      safeguard: z.enum(SAFEGUARDS),
      details: Text.optional(),
    })
    .optional(),
  confidentiality: z.boolean().optional(),
  contact: Contact.optional().describe(
    "who to write to at the recipient: a manual system naming this recipient mails its tasks to contact.email",
  ),
  /** Art. 19: how this recipient is told of a rectification, erasure or restriction. */
  notify: z.strictObject({ email: z.email().optional(), webhook: z.url().optional() }).optional(),
});
export type Recipient = z.infer<typeof Recipient>;

/** What the company promises about passing data on beyond the recipients it lists. */
export const Sharing = z.strictObject({
  sells_data: z.boolean().optional().describe("false: the statement promises never to sell personal data"),
  details: Text.optional().describe(
    'the promise in the company\'s own words, e.g. "never for direct marketing without consent"',
  ),
});
