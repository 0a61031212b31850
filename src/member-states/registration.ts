import { seatCountry } from "./lookup.js";
import type { CompanyRegister } from "./types.js";
import { companyRegister } from "./words.js";

/** The parts of `organization` that record its entry in a company register. */
export interface RegistrationFields {
  established_in?: string;
  /** The Dutch KvK number; still accepted, and the NL form of company_number. */
  kvk?: string;
  company_number?: string;
  /** Who keeps the register, where the number alone does not say it (a German Amtsgericht). */
  company_register?: string;
}

export interface Registration {
  number: string;
  /** The register of the state of establishment, when the product knows it. */
  register?: CompanyRegister;
  /** The register's keeper as the register names it. */
  keeper?: string;
}

/**
 * The organisation's registration number and the register it is in. `kvk` is a Dutch number whatever
 * established_in says; `company_number` belongs to the register of the state of establishment.
 */
export function registration(org: RegistrationFields): Registration | undefined {
  const keeper = org.company_register;
  if (org.company_number) {
    return { number: org.company_number, register: companyRegister(seatCountry(org)), keeper };
  }
  if (org.kvk) return { number: org.kvk, register: companyRegister("NL"), keeper };
  return undefined;
}
