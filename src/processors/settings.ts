import { approxDays, PROCESSOR_REMINDER_DEFAULTS, parseDuration, type Register } from "../register/index.js";

function days(text: string | undefined, fallback: string): number {
  const d = parseDuration(text ?? fallback) ?? parseDuration(fallback)!;
  return Math.round(approxDays(d));
}

/** How many days before a review is due the privacy officer hears of it (service.processors.remind_before). */
export function remindBeforeDays(register: Register): number {
  return days(register.service?.processors?.remind_before, PROCESSOR_REMINDER_DEFAULTS.remind_before);
}

/** How many days a recipient has to acknowledge an Art. 19 notice before each reminder. */
export function acknowledgeWithinDays(register: Register): number {
  return days(register.service?.processors?.acknowledge_within, PROCESSOR_REMINDER_DEFAULTS.acknowledge_within);
}

/**
 * Where reminders to the company go: the privacy officer, else the DPO, else the general privacy
 * contact. Undefined when the register names none; the sweep then sends nothing and says so.
 */
export function officerAddress(register: Register): string | undefined {
  const o = register.organization;
  return o.privacy_officer?.email ?? o.dpo?.email ?? o.contact?.email;
}

/** The day a clock stands on, as YYYY-MM-DD in UTC: the same day `check` compares with. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
