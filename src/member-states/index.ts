export type { CompanyRegister, MemberState, SupervisoryAuthority } from "./types.js";
export { NATIONAL_AUTHORITIES } from "./authorities.js";
export { GERMAN_LAND_AUTHORITIES } from "./german-authorities.js";
export { GDPR_DIGITAL_CONSENT_AGE, MEMBER_STATES } from "./national-law.js";
export {
  allAuthorities,
  authorityByKey,
  competentAuthority,
  competentAuthorityKey,
  deadlineCountry,
  digitalConsentAge,
  HOME_COUNTRY,
  memberState,
  type Seat,
  seatCountry,
} from "./lookup.js";
export {
  authorityFullName,
  authorityName,
  authoritySite,
  companyRegister,
  complaintUrl,
  implementingActName,
} from "./words.js";
export { type ParentalConsentAge, parentalConsentAge } from "./parental-consent.js";
export { registration, type Registration } from "./registration.js";
