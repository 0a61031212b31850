import type { HttpSystem, Register } from "../register/index.js";

/** What an objection or a withdrawal is about, as the request recorded it (its open details). */
export type StopRequest =
  | { type: "objection"; activities?: readonly string[]; directMarketing?: boolean }
  | { type: "withdrawal"; purposes?: readonly string[] };

/**
 * Whether the system's objection or withdrawal call carries out this request: undefined when it
 * does, else why not, in the register's ids only. The call names what it serves; nothing else
 * reaches it, so an objection to the fraud checks never unsubscribes anyone from the newsletter.
 */
export function notConcerned(register: Register, system: HttpSystem, request: StopRequest): string | undefined {
  if (request.type === "withdrawal") {
    const serves = system.withdrawal?.purposes ?? [];
    // A withdrawal naming no purpose withdraws every consent given (as the consent records take it).
    if (!request.purposes?.length || request.purposes.some((p) => serves.includes(p))) return undefined;
    return `the withdrawal concerns none of its purposes (${serves.join(", ")})`;
  }
  const serves = system.objection?.activities ?? [];
  if (request.activities?.some((a) => serves.includes(a))) return undefined;
  const marketing = serves.filter((a) => register.activities[a]?.purpose_kind?.startsWith("marketing."));
  if (request.directMarketing && marketing.length > 0) return undefined;
  return `the objection concerns none of its activities (${serves.join(", ")})`;
}
