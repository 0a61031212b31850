import { z } from "zod";
import { CONSENT_ACTIONS } from "../banner/shape.js";

/** A decision as the banner (or a site's own code) posts it. Purpose ids are checked against the configuration. */
export const DecisionInput = z.strictObject({
  id: z.uuid("a consent id as the service gave it").optional(),
  config: z.string().regex(/^[0-9a-f]{64}$/, "the hash of the configuration shown"),
  action: z.enum(CONSENT_ACTIONS, `one of ${CONSENT_ACTIONS.join(", ")}`),
  choices: z.record(z.string().max(100), z.boolean()).default({}),
  gpc: z.boolean().default(false),
  minor: z.boolean().optional(),
});
export type DecisionInput = z.input<typeof DecisionInput>;

/** Refused input: the field at fault and what is expected, never what was sent. */
export class ConsentInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A consent id no record carries. */
export class ConsentNotFoundError extends Error {
  constructor() {
    super("no consent record with this id");
  }
}

export function parseDecision(input: unknown): z.output<typeof DecisionInput> {
  const result = DecisionInput.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ConsentInputError(issue.path.join(".") || "body", issue.message);
}

/** A step the consent id's current state does not allow (a parent's confirmation nobody awaits). */
export class ConsentConflictError extends Error {}
