import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { z } from "zod";
import { AccessGrantError } from "../../access-grants/index.js";
import { BreachError } from "../../breaches/index.js";
import { ConsentConflictError, ConsentInputError, ConsentNotFoundError } from "../../consent/index.js";
import { TenantDirectoryError } from "../../tenants/index.js";
import { FinishedError, GoneError, NotFoundError, OperationError, TransitionError } from "../../requests/index.js";

/** Refusals that are about the request's state, not the input: 409, like a transition the status forbids. */
const STATE_CONFLICTS = new Set(["not-waiting", "already-paused", "not-paused", "in-progress", "no-package"]);
import { apiSchemas, doc } from "./registry.js";

/**
 * Every API error has one shape: `{ error: { code, message, field? } }`. `field` is the path of the
 * input at fault (`identities[0].value`); the message says what is expected and never repeats what was
 * sent, since a value may be personal data and error bodies end up in other systems' logs.
 */
export const ApiError = z.object({
  error: z.object({
    code: doc(
      z.string(),
      "machine-readable: invalid_request, unauthorized, insufficient_scope, not_found, conflict, gone, not_configured, internal",
    ),
    message: z.string(),
    field: doc(z.string().optional(), "the path of the input at fault, e.g. identities[0].value"),
  }),
});
apiSchemas.add(ApiError, { id: "Error", description: "An error; the message never repeats the input" });
export type ApiError = z.infer<typeof ApiError>;

export const ERROR_RESPONSES = {
  400: ApiError,
  401: ApiError,
  403: ApiError,
  404: ApiError,
  409: ApiError,
} as const;

export function apiError(code: string, message: string, field?: string): ApiError {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** `/identities/0/value` -> `identities[0].value`: the same notation the operations use. */
export function fieldPath(pointer: string): string {
  return pointer
    .split("/")
    .filter(Boolean)
    .reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), "");
}

/** Renames the operation's field paths to the ones the caller sent, for a surface with its own names. */
export type FieldMap = (field: string) => string;

/**
 * Turns what a route threw into the error shape: failed schemas and refused input 400 with the field,
 * unknown records 404, a move the lifecycle does not allow 409, a used-up link 410. Anything else is
 * ours: 500 with a fixed message, logged by route and error name only.
 */
export function sendApiError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  mapField: FieldMap = (f) => f,
): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0]!;
    // An unknown key is the field at fault itself: the path names it, the message stays fixed.
    const unknown = issue.keyword === "unrecognized_keys" ? (issue.params as { keys?: string[] }).keys?.[0] : undefined;
    const pointer = unknown === undefined ? issue.instancePath : `${issue.instancePath}/${unknown}`;
    const field = fieldPath(pointer);
    const message = unknown === undefined ? (issue.message ?? "invalid input") : "unknown field";
    return reply.code(400).send(apiError("invalid_request", message, field ? mapField(field) : undefined));
  }
  if (error instanceof OperationError && error.code && STATE_CONFLICTS.has(error.code))
    return reply.code(409).send(apiError("conflict", error.message));
  if (error instanceof FinishedError) return reply.code(409).send(apiError("conflict", error.message));
  if (error instanceof OperationError)
    return reply
      .code(400)
      .send(apiError("invalid_request", error.message, error.field ? mapField(error.field) : undefined));
  if (error instanceof NotFoundError) return reply.code(404).send(apiError("not_found", "no such request"));
  if (error instanceof ConsentInputError)
    return reply.code(400).send(apiError("invalid_request", error.message, mapField(error.field)));
  if (error instanceof ConsentNotFoundError) return reply.code(404).send(apiError("not_found", error.message));
  if (error instanceof ConsentConflictError) return reply.code(409).send(apiError("conflict", error.message));
  if (error instanceof AccessGrantError) return sendGrantError(error, reply, mapField);
  if (error instanceof BreachError)
    return error.kind === "not-found"
      ? reply.code(404).send(apiError("not_found", error.message))
      : reply
          .code(400)
          .send(apiError("invalid_request", error.message, error.field ? mapField(error.field) : undefined));
  if (error instanceof TenantDirectoryError) {
    if (error.kind === "not-found") return reply.code(404).send(apiError("not_found", error.message));
    if (error.kind === "not-configured") return reply.code(503).send(apiError("not_configured", error.message));
    return reply
      .code(400)
      .send(apiError("invalid_request", error.message, error.field ? mapField(error.field) : undefined));
  }
  if (error instanceof TransitionError) return reply.code(409).send(apiError("conflict", error.message));
  if (error instanceof GoneError)
    return reply.code(410).send(apiError("gone", error.message || "this link has expired"));
  const fastifyError = error as FastifyError;
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500)
    return reply.code(fastifyError.statusCode).send(apiError("invalid_request", "the request could not be read"));
  request.log.error(
    { route: request.routeOptions.url ?? "(no route)", error: fastifyError.name, code: fastifyError.code },
    "api request failed",
  );
  return reply.code(500).send(apiError("internal", "something went wrong on our side"));
}

const GRANT_ANSWERS = {
  invalid: [400, "invalid_request"],
  "not-found": [404, "not_found"],
  conflict: [409, "conflict"],
  "not-configured": [503, "not_configured"],
} as const;

function sendGrantError(error: AccessGrantError, reply: FastifyReply, mapField: FieldMap): FastifyReply {
  const [status, code] = GRANT_ANSWERS[error.kind];
  return reply.code(status).send(apiError(code, error.message, error.field ? mapField(error.field) : undefined));
}
