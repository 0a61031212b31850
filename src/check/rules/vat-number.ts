import { EU_VAT_PREFIXES, isValidBtwId, isValidEuVat } from "../../identifiers/index.js";
import type { Organization } from "../../register/index.js";

/** A problem with a recorded VAT number: what is wrong and how to put it right. */
export interface VatProblem {
  message: string;
  hint: string;
}

/** ISO country codes whose VAT numbers carry another prefix in VIES. */
const VAT_PREFIX_OF: Record<string, string> = { GR: "EL" };

/**
 * Which VAT rules a number follows: its own prefix when it has one of a member state (or XI);
 * without a prefix, the country the organisation is established in (the Netherlands when none is
 * recorded, as the BTW-id always was). Undefined for prefixes of other countries, whose numbers
 * are not checked: no claim is made about them.
 */
function vatCountry(vatId: string, establishedIn: string | undefined): { prefix: string; number: string } | undefined {
  const compact = vatId.trim().toUpperCase();
  const written = /^[A-Z]{2}/.test(compact) ? compact.slice(0, 2) : undefined;
  if (written !== undefined) {
    const prefix = VAT_PREFIX_OF[written] ?? written;
    return EU_VAT_PREFIXES.includes(prefix) ? { prefix, number: vatId } : undefined;
  }
  const home = establishedIn ?? "NL";
  const prefix = VAT_PREFIX_OF[home] ?? home;
  return EU_VAT_PREFIXES.includes(prefix) ? { prefix, number: `${prefix}${vatId}` } : undefined;
}

/** Whether organization.vat_id is a well-formed VAT number of its member state; undefined when it is. */
export function vatNumberProblem(org: Organization): VatProblem | undefined {
  if (org.vat_id === undefined) return undefined;
  const country = vatCountry(org.vat_id, org.established_in);
  if (country === undefined) return undefined;
  if (country.prefix === "NL") {
    return isValidBtwId(country.number)
      ? undefined
      : {
          message:
            "organization.vat_id is not a valid Dutch BTW-id (NL, nine digits, B, two digits, with a valid check).",
          hint: "copy the BTW-id from a recent VAT return or invoice",
        };
  }
  return isValidEuVat(country.number)
    ? undefined
    : {
        message: `organization.vat_id is not a valid ${country.prefix} VAT number: its format or check digits are wrong.`,
        hint: `copy the VAT number with its ${country.prefix} prefix from an invoice, or check it in VIES`,
      };
}
