import type { Lang } from "../kernel/index.js";
import type { Deadline } from "./deadline.js";
import type { DeadlineStep } from "./period.js";
import { count, dayMonthYear, longDate, monthYear, ordinal } from "./words.js";

type NonWorkingStep = Extract<DeadlineStep, { rule: "non-working-day" }>;

/** The deadline's steps as sentences; the days passed over and the move to a working day share one. */
export function explainDeadline(deadline: Deadline, lang: Lang): string[] {
  const lines: string[] = [];
  let clauses: string[] = [];
  for (const step of deadline.steps) {
    if (step.rule === "non-working-day" || step.rule === "next-working-day") {
      clauses.push(clause(step, lang));
      if (step.rule === "next-working-day") {
        lines.push(sentence(clauses.join("; ")));
        clauses = [];
      }
      continue;
    }
    lines.push(explainStep(step, lang));
  }
  return lines;
}

/** One step as a sentence. */
export function explainStep(step: DeadlineStep, lang: Lang): string {
  return sentence(clause(step, lang));
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function clause(step: DeadlineStep, lang: Lang): string {
  const nl = lang === "nl";
  switch (step.rule) {
    case "receipt": {
      const notCounted = nl ? "de dag van ontvangst telt niet mee" : "the day of receipt is not counted";
      if (step.instant === undefined) {
        return nl
          ? `ontvangen op ${longDate(step.date, lang)}; ${notCounted}`
          : `received on ${longDate(step.date, lang)}; ${notCounted}`;
      }
      const instant = step.instant.replace(".000Z", "Z");
      return nl
        ? `ontvangen op ${instant}, dat is ${longDate(step.date, lang)} in ${step.timeZone}; ${notCounted}`
        : `received at ${instant}, which is ${longDate(step.date, lang)} in ${step.timeZone}; ${notCounted}`;
    }
    case "period":
      return nl
        ? `de termijn van ${step.months === 1 ? "één maand" : count(step.months, "month", lang)} eindigt op ${longDate(step.date, lang)}`
        : `the period of ${step.months === 1 ? "one month" : count(step.months, "month", lang)} ends on ${longDate(step.date, lang)}`;
    case "last-day-of-month":
      return nl
        ? `de maand ${monthYear(step.date, lang)} heeft geen ${ordinal(step.day, lang)} dag, dus eindigt de termijn op de laatste dag van die maand`
        : `${monthYear(step.date, lang)} has no ${ordinal(step.day, lang)} day, so the period ends on the last day of that month`;
    case "extension":
      return nl
        ? `verlengd met ${count(step.months, "month", lang)}, gerekend vanaf het einde van de termijn daarvoor: ${longDate(step.date, lang)}`
        : `extended by ${count(step.months, "month", lang)}, counted on from the end of the period before: ${longDate(step.date, lang)}`;
    case "pause":
      return nl
        ? `de klok stond ${count(step.days, "day", lang)} stil in afwachting van identiteitsbewijs: ${longDate(step.date, lang)}`
        : `the clock stood still for ${count(step.days, "day", lang)} while waiting for proof of identity: ${longDate(step.date, lang)}`;
    case "non-working-day":
      return nonWorking(step, lang);
    case "next-working-day":
      return nl
        ? `verschoven naar de eerstvolgende werkdag, ${longDate(step.date, lang)}`
        : `moved to the next working day, ${longDate(step.date, lang)}`;
  }
}

function nonWorking(step: NonWorkingStep, lang: Lang): string {
  const nl = lang === "nl";
  const day = dayMonthYear(step.date, lang);
  const name = step.name?.[lang];
  if (step.why !== "holiday") {
    const weekday = nl
      ? step.why === "sunday"
        ? "zondag"
        : "zaterdag"
      : step.why === "sunday"
        ? "Sunday"
        : "Saturday";
    if (name) return nl ? `${day} is ${name}, een ${weekday}` : `${day} is ${name}, a ${weekday}`;
    return nl ? `${day} is een ${weekday}` : `${day} is a ${weekday}`;
  }
  switch (step.basis) {
    case "law-equated":
      return nl
        ? `${day} (${name}) is bij wet gelijkgesteld met een algemeen erkende feestdag`
        : `${day} (${name}) is equated with a public holiday by law`;
    case "decree":
      return nl
        ? `${day} (${name}) is bij koninklijk besluit gelijkgesteld met een algemeen erkende feestdag`
        : `${day} (${name}) is equated with a public holiday by Royal Decree`;
    case "configuration":
      return nl
        ? `${day} (${name}) is een feestdag in de ingestelde kalender`
        : `${day} (${name}) is a holiday in the configured calendar`;
    default:
      return nl ? `${day} is ${name}, een algemeen erkende feestdag` : `${day} is ${name}, a public holiday`;
  }
}
