import { type Lang, textIn } from "../kernel/index.js";
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
  switch (step.rule) {
    case "receipt": {
      const notCounted = textIn(lang, {
        nl: "de dag van ontvangst telt niet mee",
        en: "the day of receipt is not counted",
      });
      if (step.instant === undefined) {
        return textIn(lang, {
          nl: `ontvangen op ${longDate(step.date, lang)}; ${notCounted}`,
          en: `received on ${longDate(step.date, lang)}; ${notCounted}`,
        });
      }
      const instant = step.instant.replace(".000Z", "Z");
      return textIn(lang, {
        nl: `ontvangen op ${instant}, dat is ${longDate(step.date, lang)} in ${step.timeZone}; ${notCounted}`,
        en: `received at ${instant}, which is ${longDate(step.date, lang)} in ${step.timeZone}; ${notCounted}`,
      });
    }
    case "period":
      return textIn(lang, {
        nl: `de termijn van ${step.months === 1 ? "één maand" : count(step.months, "month", lang)} eindigt op ${longDate(step.date, lang)}`,
        en: `the period of ${step.months === 1 ? "one month" : count(step.months, "month", lang)} ends on ${longDate(step.date, lang)}`,
      });
    case "period-days":
      return textIn(lang, {
        nl: `de eigen termijn van ${count(step.days, "day", lang)} eindigt op ${longDate(step.date, lang)}`,
        en: `the own period of ${count(step.days, "day", lang)} ends on ${longDate(step.date, lang)}`,
      });
    case "last-day-of-month":
      return textIn(lang, {
        nl: `de maand ${monthYear(step.date, lang)} heeft geen ${ordinal(step.day, lang)} dag, dus eindigt de termijn op de laatste dag van die maand`,
        en: `${monthYear(step.date, lang)} has no ${ordinal(step.day, lang)} day, so the period ends on the last day of that month`,
      });
    case "extension":
      return textIn(lang, {
        nl: `verlengd met ${count(step.months, "month", lang)} (art. 12 lid 3 AVG), gerekend vanaf de ontvangst: ${longDate(step.date, lang)}`,
        en: `extended by ${count(step.months, "month", lang)} (Art. 12(3) GDPR), counted from receipt: ${longDate(step.date, lang)}`,
      });
    case "pause":
      return textIn(lang, {
        nl: `de klok stond ${count(step.days, "day", lang)} stil in afwachting van identiteitsbewijs: ${longDate(step.date, lang)}`,
        en: `the clock stood still for ${count(step.days, "day", lang)} while waiting for proof of identity: ${longDate(step.date, lang)}`,
      });
    case "non-working-day":
      return nonWorking(step, lang);
    case "next-working-day":
      return textIn(lang, {
        nl: `verschoven naar de eerstvolgende werkdag, ${longDate(step.date, lang)}`,
        en: `moved to the next working day, ${longDate(step.date, lang)}`,
      });
    case "no-decree":
      return textIn(lang, {
        nl: `voor ${step.year} is geen koninklijk besluit bekend dat dagen gelijkstelt met een algemeen erkende feestdag, dus is er geen meegeteld; een later besluit kan de termijn alleen verlengen, zodat deze datum de veilige lezing is`,
        en: `no Royal Decree is known that equates days with a public holiday in ${step.year}, so none is counted; a later decree could only make the period longer, so this date is the safe reading`,
      });
  }
}

function nonWorking(step: NonWorkingStep, lang: Lang): string {
  const day = dayMonthYear(step.date, lang);
  const name = step.name?.[lang];
  if (step.why !== "holiday") {
    const weekday = textIn(lang, {
      nl: step.why === "sunday" ? "zondag" : "zaterdag",
      en: step.why === "sunday" ? "Sunday" : "Saturday",
    });
    if (name) return textIn(lang, { nl: `${day} is ${name}, een ${weekday}`, en: `${day} is ${name}, a ${weekday}` });
    return textIn(lang, { nl: `${day} is een ${weekday}`, en: `${day} is a ${weekday}` });
  }
  switch (step.basis) {
    case "law-equated":
      return textIn(lang, {
        nl: `${day} (${name}) is bij wet gelijkgesteld met een algemeen erkende feestdag`,
        en: `${day} (${name}) is equated with a public holiday by law`,
      });
    case "decree":
      return textIn(lang, {
        nl: `${day} (${name}) is bij koninklijk besluit gelijkgesteld met een algemeen erkende feestdag`,
        en: `${day} (${name}) is equated with a public holiday by Royal Decree`,
      });
    case "configuration":
      return textIn(lang, {
        nl: `${day} (${name}) is een feestdag in de ingestelde kalender`,
        en: `${day} (${name}) is a holiday in the configured calendar`,
      });
    default:
      return textIn(lang, {
        nl: `${day} is ${name}, een algemeen erkende feestdag`,
        en: `${day} is ${name}, a public holiday`,
      });
  }
}
