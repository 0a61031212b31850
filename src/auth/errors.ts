/**
 * A request to the auth domain that cannot be carried out as asked: a taken address, a short password,
 * an unknown scope. `field` names the input at fault so a form can show the message next to it; the
 * message never repeats the value (it may be an address or a password).
 */
export class AuthInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** What is wrong, for a page that words the message in its own language. */
    readonly code: "invalid" | "taken" | "last_admin" = "invalid",
  ) {
    super(message);
  }
}
