/** Input the deadline rules cannot accept; `code` lets a user interface word the refusal itself. */
export class DeadlineError extends Error {
  constructor(
    readonly code: DeadlineErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type DeadlineErrorCode =
  | "invalid-months"
  | "invalid-days"
  | "pause-before-receipt"
  | "pause-ends-before-start"
  | "pauses-overlap"
  | "pause-still-open"
  | "pause-after-deadline"
  | "extension-too-long"
  | "extension-too-late"
  | "extension-before-receipt"
  | "extension-without-reason";
