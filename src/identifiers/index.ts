/** Validators for identifiers found in registers and in the databases they describe. */
export { isValidBsn, normalizeBsn } from "./bsn.js";
export { isValidBtwId, normalizeBtwId } from "./btw.js";
export { isPlausibleDateOfBirth, parseCalendarDate } from "./date-of-birth.js";
export { passesElevenTest } from "./eleven-test.js";
export { isEmailAddress } from "./email.js";
export { EU_VAT_PREFIXES, isValidEuVat, normalizeEuVat } from "./eu-vat/index.js";
export { ibanCheckDigits, isValidIban, normalizeIban } from "./iban.js";
export { isIPv4, isIPv6, isIpAddress } from "./ip.js";
export { isValidKvkBranchNumber, isValidKvkNumber } from "./kvk.js";
export { isValidBelgianEnterpriseNumber, isValidGermanRegisterNumber } from "./company-number.js";
export { mod97 } from "./mod97.js";
export { normalizePhone, isPhoneNumber } from "./phone.js";
export { isDutchPostcode, normalizePostcode } from "./postcode.js";
export { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from "./unsafe-text.js";
