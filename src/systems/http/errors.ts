/**
 * A system that could not do what was asked: unreachable, refusing, or answering an error after its
 * retries. The message names the system, the operation, the method, the register's path template and
 * the status; never the rendered URL or an answer's body, which hold the person's identity.
 */
export class SystemError extends Error {
  constructor(
    readonly system: string,
    message: string,
  ) {
    super(`system ${system}: ${message}`);
    this.name = "SystemError";
  }
}
