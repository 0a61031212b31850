import { NATIONAL_AUTHORITIES } from "./authorities.js";
import { GERMAN_LAND_AUTHORITIES } from "./german-authorities.js";
import { GDPR_DIGITAL_CONSENT_AGE, MEMBER_STATES } from "./national-law.js";
import type { MemberState, SupervisoryAuthority } from "./types.js";

/** The parts of `organization` that decide which state's law and authority apply. */
export interface Seat {
  established_in?: string;
  /** The region within established_in, for a state whose authorities are regional (the German Land). */
  state?: string;
  /** Art. 56: the lead supervisory authority, "BE" or "DE-BY", when the company is established in several states. */
  lead_authority?: string;
}

/** A register without established_in was written for a Dutch company, as the product always assumed. */
export const HOME_COUNTRY = "NL";

const AUTHORITIES = new Map([...NATIONAL_AUTHORITIES, ...GERMAN_LAND_AUTHORITIES].map((a) => [a.key, a]));
const STATES = new Map(MEMBER_STATES.map((s) => [s.country, s]));

export function allAuthorities(): readonly SupervisoryAuthority[] {
  return [...AUTHORITIES.values()];
}

export function authorityByKey(key: string): SupervisoryAuthority | undefined {
  return AUTHORITIES.get(key.toUpperCase());
}

export function memberState(country: string): MemberState | undefined {
  return STATES.get(country.toUpperCase());
}

/** The state whose law the company follows: where it is established. */
export function seatCountry(seat: Seat): string {
  return seat.established_in ?? HOME_COUNTRY;
}

/**
 * The key of the authority people complain to: the lead authority when the register names one, else
 * the authority of the state (and, in Germany, the Land) of establishment. Undefined when the state's
 * authority depends on a region the register does not give.
 */
export function competentAuthorityKey(seat: Seat): string | undefined {
  if (seat.lead_authority) return seat.lead_authority.toUpperCase();
  const country = seatCountry(seat);
  if (memberState(country)?.authorityByRegion) return seat.state ? `${country}-${seat.state.toUpperCase()}` : undefined;
  return country;
}

/** The competent supervisory authority, or undefined when the register does not say enough to know it. */
export function competentAuthority(seat: Seat): SupervisoryAuthority | undefined {
  const key = competentAuthorityKey(seat);
  return key ? authorityByKey(key) : undefined;
}

/** Art. 8(1): the age below which a child's consent needs a parent's, in the state of establishment. */
export function digitalConsentAge(seat: Seat): number {
  return memberState(seatCountry(seat))?.digitalConsentAge ?? GDPR_DIGITAL_CONSENT_AGE;
}

/** The country whose holidays move a deadline: the lead authority's state, else the state of establishment. */
export function deadlineCountry(seat: Seat): string {
  return seat.lead_authority?.slice(0, 2).toUpperCase() ?? seatCountry(seat);
}
