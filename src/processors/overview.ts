import { daysBetween, isCalendarDate } from "../deadlines/index.js";
import { agreementOf, type AgreementStatus, isProcessor, localize, type Register } from "../register/index.js";
import { dayOf, remindBeforeDays } from "./settings.js";

/**
 * Where a processor's agreement stands on a day: not signed, signed without a recorded review, a
 * review ahead, one due within the reminder period, or one overdue.
 */
export type ReviewState = "unsigned" | "no_review" | "scheduled" | "due_soon" | "overdue";

export interface ProcessorEntry {
  /** The recipient's key in the register. */
  id: string;
  /** In the register's first language. */
  name: string;
  kind: "processor" | "sub_processor";
  status?: AgreementStatus;
  signedOn?: string;
  reviewDue?: string;
  /** Days from the day asked about to the review: negative once overdue. */
  daysToReview?: number;
  document?: string;
  state: ReviewState;
  subProcessors: number;
}

/** Every processor and sub-processor of the register with its agreement and next review, by key. */
export function listProcessors(register: Register, now: Date): ProcessorEntry[] {
  const today = dayOf(now);
  const before = remindBeforeDays(register);
  const lang = register.statement.languages[0] ?? "nl";
  return Object.entries(register.recipients)
    .filter(([, r]) => isProcessor(r))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, recipient]) => {
      const facts = agreementOf(recipient);
      const entry: ProcessorEntry = {
        id,
        name: localize(recipient.name, lang),
        kind: recipient.kind as ProcessorEntry["kind"],
        state: "unsigned",
        subProcessors: recipient.sub_processors.length,
      };
      if (facts.status) entry.status = facts.status;
      if (facts.signedOn) entry.signedOn = facts.signedOn;
      if (facts.document) entry.document = facts.document;
      if (facts.reviewDue) entry.reviewDue = facts.reviewDue;
      if (facts.status !== "signed") return entry;
      if (!facts.reviewDue || !isCalendarDate(facts.reviewDue) || !isCalendarDate(today)) {
        entry.state = "no_review";
        return entry;
      }
      const left = daysBetween(today, facts.reviewDue);
      entry.daysToReview = left;
      entry.state = left < 0 ? "overdue" : left <= before ? "due_soon" : "scheduled";
      return entry;
    });
}
