import type { Lang } from "../kernel/index.js";
import type { Breach } from "./breach.js";
import { type BreachClock, breachClock } from "./clock.js";
import { formatMoment, formatSpan } from "./moment.js";
import { type Obligations, obligationsFor } from "./obligations.js";
import { BREACH_WORDS, fill } from "./words.js";

/** A breach with what follows from its facts at `now`: what must be told to whom, and the clock. */
export interface BreachStatus {
  breach: Breach;
  obligations: Obligations;
  clock: BreachClock;
}

export function breachStatus(breach: Breach, now: Date): BreachStatus {
  const obligations = obligationsFor(breach.risk, breach.facts.peopleException);
  const clock = breachClock({ ...breach, authorityRequired: obligations.authority }, now);
  return { breach, obligations, clock };
}

/** The clock in a sentence: "nog 3 uur 0 minuten tot de termijn van 72 uur verstrijkt". */
export function clockSentence(clock: BreachClock, lang: Lang): string {
  return fill(BREACH_WORDS[lang].clock[clock.state], { left: formatSpan(clock.minutesLeft, lang) });
}

export function deadlineSentence(clock: BreachClock, lang: Lang): string {
  return `${BREACH_WORDS[lang].deadline}: ${formatMoment(clock.deadline, lang)}`;
}
