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
  automated_decision_review: "automated_decision_review",
};

/**
 * The register's automated decisions a person can ask a human to review (Art. 22(3)): those with legal
 * or similarly significant effect. Others give no such right, so the privacy center does not offer them.
 */
export function reviewableDecisions(register: Register): [string, Register["automated_decisions"][string]][] {
  return Object.entries(register.automated_decisions).filter(([, decision]) => decision.legal_effect);
}

/**
 * The kinds of request the register supports (`rights.supported`), in REQUEST_TYPES order. Human
 * review needs a decision to review as well: without one, the right has nothing to act on.
 */
export function offeredTypes(register: Register): RequestType[] {
  return REQUEST_TYPES.filter(
    (type) =>
      register.rights.supported.includes(TYPE_RIGHT[type]) &&
      (type !== "automated_decision_review" || reviewableDecisions(register).length > 0),
  );
}

export function isOffered(register: Register, type: unknown): type is RequestType {
  return (offeredTypes(register) as readonly unknown[]).includes(type);
}

/** Whether the register wants the privacy officer to approve this type before it is carried out. */
export function needsApproval(register: Register, type: RequestType): boolean {
  return register.rights.approval.includes(TYPE_RIGHT[type]);
}
