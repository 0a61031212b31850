/**
 * A breach operation refused: `kind` says how a transport answers, `field` names the input at fault
 * as a path (`facts.records.count`). Messages name fields and rules, never the values given.
 */
export class BreachError extends Error {
  constructor(
    readonly kind: "invalid" | "not-found",
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
