import { appendAudit } from "../audit/index.js";
import type { ServiceContext } from "../context/index.js";
import type { Identity, Lang } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { type OperatorRequestResult, runOperatorRequest } from "../requests/index.js";

export class AccountClosureError extends Error {}

/** The rules under which a person's account ending counts as their erasure request: erasure_request, not a tenant's. */
export function accountErasureRules(register: Register): string[] {
  return Object.entries(register.retention)
    .filter(([, rule]) => rule.erasure_request === true && rule.after !== "tenant_deleted")
    .map(([id]) => id)
    .sort();
}

function ruleFor(register: Register, wanted: string | undefined): string {
  const rules = accountErasureRules(register);
  if (wanted !== undefined) {
    if (!rules.includes(wanted))
      throw new AccountClosureError(`retention rule "${wanted}" does not say erasure_request: true for an account`);
    return wanted;
  }
  if (rules.length === 0)
    throw new AccountClosureError(
      "no retention rule says erasure_request: true, so closing an account is not an erasure request here",
    );
  if (rules.length > 1)
    throw new AccountClosureError(
      `more than one rule says erasure_request: true (${rules.join(", ")}); name one with --rule`,
    );
  return rules[0]!;
}

export interface CloseAccount {
  identities: Identity[];
  lang: Lang;
  /** Who recorded the closure: a role or a reference, for the audit log. */
  actor: string;
  rule?: string;
  /** Mail the person as the privacy center would (needs an e-mail identity). */
  notify?: boolean;
}

/**
 * A person's account closed where the register says that counts as their erasure request (Art. 17):
 * the request is opened through the request lifecycle as an operator's request (filed with the
 * privacy center's checks, verified by the operator, carried out by the engine, with its deadline,
 * events and Art. 19 notices), and the audit log ties it to the rule. A rule with an undo window is
 * refused: the request would erase at once, before the window the statement promises had ended.
 */
export async function closeAccount(
  ctx: ServiceContext,
  input: CloseAccount,
): Promise<OperatorRequestResult & { rule: string }> {
  const ruleId = ruleFor(ctx.register, input.rule);
  const rule = ctx.register.retention[ruleId]!;
  if (rule.undo_window)
    throw new AccountClosureError(
      `retention rule "${ruleId}" gives an undo window of ${rule.undo_window}; an erasure request would erase before it ends`,
    );
  const result = await runOperatorRequest(ctx, {
    type: "erasure",
    identities: input.identities,
    lang: input.lang,
    notify: input.notify ?? false,
    details: { note: `The account was closed; under retention rule ${ruleId} that counts as the erasure request.` },
  });
  await appendAudit(ctx.store, {
    actor: input.actor,
    action: "retention.account_erasure_opened",
    subjectType: "request",
    subjectId: result.requestId,
    data: { rule: ruleId, after: rule.after ?? null },
    at: ctx.now(),
  });
  return { ...result, rule: ruleId };
}
