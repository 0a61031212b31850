import { z } from "zod";
import { Email, Id, Period, Text } from "../common.js";
import { SystemTenants } from "./tenants.js";

/** The request types a system without an API can be asked to act on. */
export const MANUAL_REQUEST_TYPES = [
  "access",
  "portability",
  "erasure",
  "rectification",
  "restriction",
  "objection",
  "withdrawal",
] as const;
export type ManualRequestType = (typeof MANUAL_REQUEST_TYPES)[number];

/** Human review of an automated decision is a reviewer's work in the console, never a system's task. */
export function isManualRequestType(type: string): type is ManualRequestType {
  return (MANUAL_REQUEST_TYPES as readonly string[]).includes(type);
}

/** Whom a task for this system goes to: a person who can look in it and act. */
export const ManualOwner = z.strictObject({
  name: z.string().min(1).describe("who looks in the system and answers the task"),
  email: Email.describe("where the task, its reminders and its answer link are mailed"),
  lang: z.enum(["nl", "en"]).optional().describe("the language the owner's mails are written in; the statement's first without it"),
});

/**
 * What to do, per request type or once for all: the owner's mail and the answer page show the
 * type's own text, else the general one.
 */
export const ManualInstructions = z.strictObject({
  general: Text.optional().describe("what to do for any request that reaches the system"),
  access: Text.optional().describe("what to do for an access request (Art. 15), e.g. which folders to copy"),
  portability: Text.optional().describe("what to do for a portability request (Art. 20)"),
  erasure: Text.optional().describe("what to do for an erasure request (Art. 17), e.g. which sheets to shred"),
  rectification: Text.optional().describe("what to do for a rectification request (Art. 16)"),
  restriction: Text.optional().describe("what to do for a restriction request (Art. 18)"),
  objection: Text.optional().describe("what to do for an objection (Art. 21)"),
  withdrawal: Text.optional().describe("what to do when consent is withdrawn (Art. 7(3))"),
});

/**
 * A system with no API (a paper archive, a spreadsheet, a processor that only answers e-mail): a
 * request of a type it is reached by creates a task for its owner, and the request completes only
 * once every task is answered.
 */
export const ManualSystem = z
  .strictObject({
    kind: z.literal("manual").describe("a system people search and change by hand"),
    name: z.string().min(1).describe("the system's name as the owner and the package show it"),
    owner: ManualOwner.optional().describe("who answers the tasks; without it, the recipient's contact"),
    recipient: Id.optional().describe(
      "the processor (a key of recipients) this system is: without an owner, its contact gets the tasks",
    ),
    requests: z
      .array(z.enum(MANUAL_REQUEST_TYPES))
      .min(1)
      .describe("the request types that reach this system and create a task"),
    categories: z.array(Id).default([]).describe("the data categories the system holds"),
    instructions: ManualInstructions.describe("what the owner is to do, per request type or in general"),
    due_within: Period.default("10 days").describe(
      "how long the owner has to answer; a task is never due later than the request's deadline minus a margin",
    ),
    tenants: SystemTenants,
  })
  .refine((s) => s.owner !== undefined || s.recipient !== undefined, {
    message: "name an owner (name and email), or the recipient whose contact answers the tasks",
    path: ["owner"],
  });
export type ManualSystem = z.infer<typeof ManualSystem>;
