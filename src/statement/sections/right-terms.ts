import type { Right } from "../../register/index.js";
import type { BuildContext } from "../context.js";
import { REFUSAL_GROUND_CLAUSE, sentence } from "../../vocabulary/index.js";

/**
 * A right's own conditions and the grounds on which it may be refused, as `rights.per_right` records
 * them; "" when the register records neither.
 */
export function rightTerms(right: Right, ctx: BuildContext): string {
  const terms = ctx.register.rights.per_right[right];
  if (!terms) return "";
  const parts: string[] = [];
  const conditions = ctx.text(terms.conditions);
  if (conditions) parts.push(sentence(conditions));
  if (terms.refusal_grounds.length > 0) {
    const when = ctx.list(
      terms.refusal_grounds.map((g) => ctx.t(REFUSAL_GROUND_CLAUSE[g])),
      "or",
    );
    parts.push(
      ctx.t({
        nl: `Wij kunnen zo'n verzoek alleen weigeren wanneer ${when}.`,
        en: `We can refuse such a request only when ${when}.`,
      }),
    );
  }
  const refusal = ctx.text(terms.refusal);
  if (refusal) parts.push(sentence(refusal));
  return parts.join(" ");
}

/**
 * Whether a right has a premise in the register: human review only with an automated decision on
 * record, withdrawing consent only where something rests on consent. The others are owed to everyone.
 */
export function rightApplies(right: Right, ctx: BuildContext): boolean {
  const register = ctx.register;
  if (right === "automated_decision_review") return Object.keys(register.automated_decisions).length > 0;
  if (right === "withdraw_consent") {
    return (
      Object.keys(register.consent?.purposes ?? {}).length > 0 ||
      ctx.controllerActivities.some(([, a]) => a.legal_basis === "consent") ||
      register.cookies.some((c) => c.consent_purpose !== undefined)
    );
  }
  return true;
}
