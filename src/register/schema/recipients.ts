import { z } from "zod";
import { Agreement, SubProcessor, Transfer } from "./agreements.js";
import { Contact, Country, Name, Text } from "./common.js";

export { AGREEMENT_STATUSES, SAFEGUARDS } from "./agreements.js";

export const Recipient = z.strictObject({
  name: Name.describe("the recipient's name, or the kind of recipient: one string, or { nl, en }"),
  kind: z
    .enum(["processor", "sub_processor", "controller", "joint_controller", "public_authority", "category"])
    .describe("what the recipient is to the company"),
  service: Text.optional().describe("what they do with the data"),
  /** Art. 28(3): the processing agreement. */
  agreement: Agreement.optional().describe(
    "the processing agreement: a status (signed, pending, none, not_required) or a record with signed_on and review",
  ),
  sub_processors: z
    .array(SubProcessor)
    .default([])
    .describe("the parties a processor engages for part of the work (Art. 28(2)), with their locations"),
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
  transfer: Transfer.optional().describe("the safeguard for a recipient outside the EEA"),
  confidentiality: z.boolean().optional().describe("the recipient is bound to confidentiality"),
  contact: Contact.optional().describe(
    "who to write to at the recipient: a manual system naming this recipient mails its tasks to contact.email",
  ),
  /** Art. 19: how this recipient is told of a rectification, erasure or restriction. */
  notify: z
    .strictObject({
      email: z.email().optional().describe("the address the notice goes to"),
      webhook: z.url().optional().describe("the URL the signed notice is posted to"),
    })
    .optional()
    .describe("how this recipient is told of a rectification, erasure or restriction (Art. 19)"),
});
export type Recipient = z.infer<typeof Recipient>;

/** What the company promises about passing data on beyond the recipients it lists. */
export const Sharing = z.strictObject({
  sells_data: z.boolean().optional().describe("false: the statement promises never to sell personal data"),
  details: Text.optional().describe(
    'the promise in the company\'s own words, e.g. "never for direct marketing without consent"',
  ),
});
