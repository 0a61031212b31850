/**
 * What the API answered instead of a result: its error shape, `{ error: { code, message, field? } }`,
 * with the HTTP status. `field` is the path of the input at fault (`identities[0].value`); the message
 * says what is expected and never repeats what was sent.
 */
export class WaarborgError extends Error {
  override readonly name = "WaarborgError";
  constructor(
    /** The HTTP status, such as 400, 401, 403, 404 or 409. */
    readonly status: number,
    /** invalid_request, unauthorized, insufficient_scope, not_found, conflict, gone, not_configured, internal; http_error when the answer was not the API's. */
    readonly code: string,
    message: string,
    /** The input at fault, as the API names it. */
    readonly field?: string,
  ) {
    super(message);
  }
}

function isApiError(body: unknown): body is { error: { code: string; message: string; field?: string } } {
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  return typeof error?.code === "string" && typeof error.message === "string";
}

/** The error a failed answer stands for; an answer not in the API's shape (a proxy's page) gets http_error. */
export async function errorOf(response: Response): Promise<WaarborgError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!isApiError(body))
    return new WaarborgError(response.status, "http_error", `the service answered HTTP ${response.status}`);
  const { code, message, field } = body.error;
  return new WaarborgError(response.status, code, message, typeof field === "string" ? field : undefined);
}
