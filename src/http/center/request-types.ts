import type { Register } from "../../register/schema/register.js";
import type { Right } from "../../register/schema/rights.js";
import { REQUEST_TYPES, type RequestType } from "../../store/schema.js";

/** The right (as the register and the statement name it) that each kind of request exercises. */
export const TYPE_RIGHT: Record<RequestType, Right> = {
  access: "access",
  portability: "portability",
  rectification: "rectification",
  erasure: "erasure",
  restriction: "restriction",
  objection: "objection",
  withdrawal: "withdraw_consent",
};

/** The requests the center offers: those whose right the register supports, in the store's order. */
export function offeredTypes(register: Register): RequestType[] {
  return REQUEST_TYPES.filter((type) => register.rights.supported.includes(TYPE_RIGHT[type]));
}

export function isOffered(register: Register, type: unknown): type is RequestType {
  return (offeredTypes(register) as readonly unknown[]).includes(type);
}
