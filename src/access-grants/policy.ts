import { parseDuration, type Register } from "../register/index.js";
import { AccessGrantError } from "./errors.js";

/** The grantee's party when it is the company's own staff; every other party the register names. */
export const STAFF = "staff";
/** The longest a grant runs when the register sets no max_duration: grants always expire. */
export const DEFAULT_MAX_MINUTES = 8 * 60;

export interface SupportPolicy {
  maxMinutes: number;
  customerApproval: boolean;
  /** External parties by id: the kinds of open work a grant to them must name. */
  external: Map<string, readonly ("project" | "incident")[]>;
}

const MINUTES = { hour: 60, day: 24 * 60, week: 7 * 24 * 60, month: 31 * 24 * 60, year: 366 * 24 * 60 } as const;

/**
 * The register's support access policy; a register without `support_access` allows no grant at all,
 * since the statement then promises nothing about how support looks into accounts.
 */
export function supportPolicy(register: Register): SupportPolicy {
  const access = register.support_access;
  if (!access)
    throw new AccessGrantError("not-configured", "the register declares no support_access: no grant can be given");
  const max = access.max_duration ? parseDuration(access.max_duration) : undefined;
  return {
    // A month or a year as its longest length: the cap is never shorter than the register says.
    maxMinutes: max ? max.amount * MINUTES[max.unit] : DEFAULT_MAX_MINUTES,
    customerApproval: access.customer_approval,
    external: new Map(Object.entries(access.external_parties).map(([id, party]) => [id, party.while_open])),
  };
}
