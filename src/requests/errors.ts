/**
 * Errors an operation throws for its caller to turn into an answer (an HTTP status, a CLI message).
 * Messages never hold the values people entered: they end up in logs.
 */

/**
 * The input is not acceptable; `field` is the path of the part at fault, e.g. `identities[0].value`.
 * `code`, when set, names the refusal so that a page in another language can word it itself; the
 * message is English, for the API and the log.
 */
export class OperationError extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** No such request or package, or a token that does not match one: the same answer for both. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
  }
}

/** A link or package that worked once and no longer does: expired, or its downloads used up. Fixed messages only. */
export class GoneError extends Error {}

/** A clock action (extend, pause) on a finished request: a conflict with its state, like a TransitionError. */
export class FinishedError extends Error {
  constructor(readonly status: string) {
    super(`the request is ${status.replaceAll("_", " ")}: its clock has stopped`);
  }
}

export { TransitionError } from "./states.js";
