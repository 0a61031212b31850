/**
 * A task's answer or link refused. `field` names the part at fault (answer, note, files[0]); the
 * message never repeats what was entered. `kind` tells a caller how to answer: bad input, an unknown
 * task or link, a link past its expiry, a task already answered, a request that is finished, or a
 * webhook answer whose signature does not hold.
 */
export class TaskError extends Error {
  constructor(
    readonly kind: "invalid" | "not_found" | "expired" | "answered" | "closed" | "unsigned",
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
