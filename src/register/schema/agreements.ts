import { z } from "zod";
import { Country, Period, Text } from "./common.js";

/** Where a processing agreement stands: the words the register has always accepted as shorthand. */
export const AGREEMENT_STATUSES = ["signed", "pending", "none", "not_required"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

const CalendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");

/**
 * Art. 28(3): the processing agreement as a record. A status alone says nothing about when it was signed
 * or when it must be looked at again; the record says so, and `check` and the reminders work from it.
 */
export const AgreementRecord = z
  .strictObject({
    status: z.enum(AGREEMENT_STATUSES).describe("signed, pending (being negotiated), none, or not_required"),
    signed_on: CalendarDay.optional().describe("the day the agreement was signed (YYYY-MM-DD)"),
    review_every: Period.optional().describe(
      'how often the agreement is reviewed, counted from signed_on (e.g. "12 months"); or give review_due',
    ),
    review_due: CalendarDay.optional().describe("the day the next review is due (YYYY-MM-DD); wins over review_every"),
    document: z
      .string()
      .min(1)
      .optional()
      .describe("where the signed agreement is kept: a file path, a URL or a contract number"),
  })
  .meta({ id: "AgreementRecord", description: "a processing agreement: status, signing date, review" });
export type AgreementRecord = z.infer<typeof AgreementRecord>;

/** `agreement: signed` or the full record. */
export const Agreement = z.union([z.enum(AGREEMENT_STATUSES), AgreementRecord]);
export type Agreement = z.infer<typeof Agreement>;

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

export const Transfer = z.strictObject({
  safeguard: z.enum(SAFEGUARDS).describe("the Chapter V tool the transfer rests on"),
  details: Text.optional().describe("what the safeguard is, in words (which clauses, which certification)"),
});

/** Art. 28(2) and (4): a party a processor engages for part of the work, with the same duties. */
export const SubProcessor = z.strictObject({
  name: z.string().min(1).describe("the sub-processor's name"),
  service: Text.optional().describe("what they do for the processor"),
  location: z.array(Country).default([]).describe("countries where the sub-processor stores or accesses the data"),
  transfer: Transfer.optional().describe("the safeguard for a sub-processor outside the EEA"),
});
export type SubProcessor = z.infer<typeof SubProcessor>;
