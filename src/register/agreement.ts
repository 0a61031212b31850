import { addDays, addMonths, type CalendarDate, isCalendarDate } from "../deadlines/index.js";
import { parseDuration } from "./duration.js";
import type { AgreementStatus } from "./schema/agreements.js";
import type { Recipient } from "./schema/recipients.js";

/** A recipient's agreement with the shorthand (`agreement: signed`) and the record read the same way. */
export interface AgreementFacts {
  /** Undefined when the register records no agreement at all. */
  status?: AgreementStatus;
  signedOn?: string;
  reviewEvery?: string;
  /** The next review: review_due, else signed_on plus review_every; undefined when neither is recorded. */
  reviewDue?: string;
  document?: string;
}

export function agreementOf(recipient: Pick<Recipient, "agreement">): AgreementFacts {
  const agreement = recipient.agreement;
  if (agreement === undefined) return {};
  if (typeof agreement === "string") return { status: agreement };
  const facts: AgreementFacts = { status: agreement.status };
  if (agreement.signed_on) facts.signedOn = agreement.signed_on;
  if (agreement.review_every) facts.reviewEvery = agreement.review_every;
  if (agreement.document) facts.document = agreement.document;
  const due = agreement.review_due ?? reviewAfter(agreement.signed_on, agreement.review_every);
  if (due) facts.reviewDue = due;
  return facts;
}

/** The day a period after a date; undefined when either is missing or not understood. */
export function reviewAfter(from: string | undefined, period: string | undefined): string | undefined {
  if (!from || !period || !isCalendarDate(from)) return undefined;
  const d = parseDuration(period);
  if (!d) return undefined;
  return periodOn(from, d.amount, d.unit);
}

function periodOn(from: CalendarDate, amount: number, unit: string): string {
  if (unit === "year") return addMonths(from, amount * 12);
  if (unit === "month") return addMonths(from, amount);
  if (unit === "week") return addDays(from, amount * 7);
  if (unit === "day") return addDays(from, amount);
  return addDays(from, Math.ceil(amount / 24));
}

/** Whether the recipient is one the company engages on its behalf, so Art. 28 applies. */
export function isProcessor(recipient: Pick<Recipient, "kind">): boolean {
  return recipient.kind === "processor" || recipient.kind === "sub_processor";
}
