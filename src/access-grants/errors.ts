/**
 * A grant operation refused: `kind` says how a transport answers (bad input, no such grant, a state
 * that forbids it), `field` names the input at fault. Messages name fields and rules, never values.
 */
export class AccessGrantError extends Error {
  constructor(
    readonly kind: "invalid" | "not-found" | "conflict" | "not-configured",
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
