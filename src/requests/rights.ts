import { REQUEST_TYPES, type RequestType } from "../kernel/index.js";
import type { Register, Right } from "../register/index.js";

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

/** The kinds of request the register supports (`rights.supported`), in REQUEST_TYPES order. */
export function offeredTypes(register: Register): RequestType[] {
  return REQUEST_TYPES.filter((type) => register.rights.supported.includes(TYPE_RIGHT[type]));
}

export function isOffered(register: Register, type: unknown): type is RequestType {
  return (offeredTypes(register) as readonly unknown[]).includes(type);
}

/** Whether the register wants the privacy officer to approve this type before it is carried out. */
export function needsApproval(register: Register, type: RequestType): boolean {
  return register.rights.approval.includes(TYPE_RIGHT[type]);
}
