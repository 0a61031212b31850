import { digitalConsentAge, memberState, type Seat, seatCountry } from "./lookup.js";

/** The age below which a child needs a parent's consent, and the national article that sets it, if any. */
export interface ParentalConsentAge {
  age: number;
  /** Only when the age is the state's own choice under Art. 8(1); a company's stricter age cites none. */
  article?: { nl: string; en: string };
}

/**
 * The company's own minimum age (`minors.minimum_age`) where it records one, else the age of digital
 * consent of its state of establishment. Every text that asks about a child's age reads it here, so the
 * privacy center, the parent's mail and the statement never name different ages.
 */
export function parentalConsentAge(seat: Seat, minimumAge?: number): ParentalConsentAge {
  const stateAge = digitalConsentAge(seat);
  const age = minimumAge ?? stateAge;
  const article = memberState(seatCountry(seat))?.consentAgeArticle;
  return article && age === stateAge ? { age, article } : { age };
}
