import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";

/** A Fastify instance whose routes take the types of their body, params and query from their zod schemas. */
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A form field that holds one value. A browser repeats a name only for checkboxes, or a tampered form. */
export const OneValue = z.string().optional();

/** A field a browser may repeat (checkboxes): one value, or the list @fastify/formbody makes of several. */
export const Values = z.union([z.string(), z.array(z.string())]).optional();

/**
 * A form post's fields, or the names of those its schema refused. Form routes are declared with
 * `attachValidation`, so a malformed field comes back beside the field on the page it was sent from,
 * in the visitor's language, instead of as a bare error page. The body is typed only once it passed.
 */
export function formPost<Body>(
  request: FastifyRequest & { body: Body },
): { ok: true; body: Body } | { ok: false; fields: string[] } {
  const error = request.validationError;
  if (!error) return { ok: true, body: request.body };
  // A bad address or query is no field of the form: the plain "cannot read this request" page, as before.
  if (error.validationContext !== "body") throw error;
  const issues = (error.validation ?? []) as { instancePath?: string }[];
  const fields = issues.map((issue) => issue.instancePath?.split("/")[1] ?? "").filter((name) => name !== "");
  return { ok: false, fields: [...new Set(fields)] };
}
