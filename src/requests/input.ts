import { z } from "zod";
import { buildGraph, identityTypes, validateCorrections, type WalkResult } from "../datasets/index.js";
import { hasUnsafeCharacters, isEmailAddress, UNSAFE_TEXT_MESSAGE } from "../identifiers/index.js";
import { type Identity, LANGUAGES, REQUEST_TYPES, type RequestType } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { OperationError } from "./errors.js";
import { isOffered, reviewableDecisions } from "./rights.js";

/*
 * What a request form (or the API) hands to fileRequest, checked here once for every transport. Error
 * messages name the field and what is expected, never what was entered.
 */

const MAX_IDENTITY = 320;
const Note = z.string().trim().min(1).max(4000, "at most 4000 characters");

const IdentityInput = z.strictObject({
  type: z.string().min(1, "give the identity's type"),
  value: z
    .string()
    .trim()
    .min(1, "give a value")
    .max(MAX_IDENTITY, `at most ${MAX_IDENTITY} characters`)
    .refine((value) => !hasUnsafeCharacters(value), UNSAFE_TEXT_MESSAGE),
});

const Correction = z.strictObject({
  field: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/, "a field name, or collection.field"),
  // A corrected address may span lines; nothing else that moves or hides text is taken.
  value: z
    .string()
    .trim()
    .min(1, "give the corrected value")
    .max(1000, "at most 1000 characters")
    .refine((value) => !hasUnsafeCharacters(value, { lineBreaks: true }), UNSAFE_TEXT_MESSAGE),
});

/** The ids the banner shows in its settings: how a person links their cookie choices to a request. */
const ConsentIds = z.array(z.uuid("a consent id from the cookie settings")).max(10, "at most 10 consent ids");

const DETAILS = {
  access: z.strictObject({ note: Note.optional(), consent_ids: ConsentIds.optional() }),
  portability: z.strictObject({ note: Note.optional(), consent_ids: ConsentIds.optional() }),
  erasure: z.strictObject({ note: Note.optional() }),
  restriction: z.strictObject({ note: Note.optional() }),
  rectification: z.strictObject({
    corrections: z.array(Correction).min(1, "say what to correct").max(50, "at most 50 corrections"),
    note: Note.optional(),
    /** The operator's reason to rewrite rows kept under a legal hold (kept in the audit log). */
    hold_override: z
      .strictObject({
        reason: z.string().trim().min(10, "give the reason in a sentence").max(500, "at most 500 characters"),
      })
      .optional(),
  }),
  objection: z.strictObject({
    activities: z.array(z.string()).max(100).optional(),
    /** Against direct marketing the objection is absolute (Art. 21(3)): every marketing purpose ends. */
    direct_marketing: z.boolean().optional(),
    consent_ids: ConsentIds.optional(),
    note: Note.optional(),
  }),
  withdrawal: z.strictObject({
    purposes: z.array(z.string()).max(100).optional(),
    consent_ids: ConsentIds.optional(),
    note: Note.optional(),
  }),
  /** Art. 22(3): which decision, the person's point of view, and whether they contest it. */
  automated_decision_review: z.strictObject({
    decision: z.string().min(1, "choose the decision"),
    /** The decision's own reference (an invoice or case number) as the person has it: kept encrypted. */
    reference: z.string().trim().min(1).max(200, "at most 200 characters").optional(),
    decided_on: z.iso.date("a date as YYYY-MM-DD").optional(),
    view: z.string().trim().min(1, "give your point of view").max(4000, "at most 4000 characters"),
    contests: z.boolean("say whether you contest the decision"),
    note: Note.optional(),
  }),
} satisfies Record<RequestType, z.ZodType>;

export const FileRequestInput = z.strictObject({
  type: z.enum(REQUEST_TYPES, `one of ${REQUEST_TYPES.join(", ")}`),
  identities: z.array(IdentityInput).min(1, "give at least one identity").max(10, "at most 10 identities"),
  lang: z.enum(LANGUAGES, `one of ${LANGUAGES.join(", ")}`),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type FileRequestInput = z.input<typeof FileRequestInput>;

/** Details the store keeps in the clear (ids and field names) and those it keeps encrypted (values, notes). */
export interface SplitDetails {
  open: Record<string, unknown>;
  sealed: Record<string, unknown>;
}

export interface CheckedRequest {
  type: RequestType;
  lang: (typeof LANGUAGES)[number];
  identities: Identity[];
  /** The first e-mail identity: where the verification code goes, and later mail. */
  email: string | undefined;
  details: SplitDetails;
}

export interface CheckOptions {
  /**
   * Whether an e-mail identity is required (the default): a person who files a request proves it is
   * theirs with a code sent there. An operator who checked the person's identity themselves may give
   * a customer id alone.
   */
  requireEmail?: boolean;
  /**
   * Whether the operator files it: only they may override a legal hold on a rectification, with a
   * reason the audit log keeps. Anyone else asking for it is refused.
   */
  operator?: boolean;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    "",
  );
}

function parse<T>(schema: z.ZodType<T>, value: unknown, prefix: readonly PropertyKey[] = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // zod's own messages describe the expected shape, not the input; unknown keys are named, values never.
  throw new OperationError(pathOf([...prefix, ...issue.path]), issue.message);
}

/** Checks a new request against the register: identity types, an e-mail address for the code, the type's details. */
export function checkFileRequest(register: Register, input: unknown): CheckedRequest & { email: string };
export function checkFileRequest(register: Register, input: unknown, options: CheckOptions): CheckedRequest;
export function checkFileRequest(register: Register, input: unknown, options: CheckOptions = {}): CheckedRequest {
  const request = parse(FileRequestInput, input);
  // Every way in (the privacy center, the API, OpenDSR, the CLI) files through here, so a right the
  // register does not offer is refused for all of them alike.
  if (!isOffered(register, request.type))
    throw new OperationError("type", "the register does not offer this right (rights.supported)");
  const graph = buildGraph(register);
  const known = [...new Set(["email", ...identityTypes(graph)])].sort();
  request.identities.forEach((identity, index) => {
    if (!known.includes(identity.type))
      throw new OperationError(
        `identities[${index}].type`,
        `unknown identity type; expected one of ${known.join(", ")}`,
      );
    if (identity.type === "email" && !isEmailAddress(identity.value))
      throw new OperationError(`identities[${index}].value`, "not an e-mail address");
  });
  const email = request.identities.find((i) => i.type === "email");
  if (!email && options.requireEmail !== false)
    throw new OperationError("identities", "give an e-mail address: the verification code is sent there");
  const details = parse(DETAILS[request.type] as z.ZodType<Record<string, unknown>>, request.details ?? {}, [
    "details",
  ]);
  if (details.hold_override !== undefined && options.operator !== true)
    throw new OperationError("details.hold_override", "only an operator can override a legal hold");
  return {
    type: request.type,
    lang: request.lang,
    identities: request.identities,
    email: email?.value,
    details: splitDetails(register, request.type, details),
  };
}

function splitDetails(register: Register, type: RequestType, details: Record<string, unknown>): SplitDetails {
  // Consent ids link a person to their browsing choices: kept encrypted with the identities.
  const { note, consent_ids, ...rest } = details as { note?: string; consent_ids?: string[] } & Record<string, unknown>;
  const sealed: Record<string, unknown> = {
    ...(note === undefined ? {} : { note }),
    ...(consent_ids === undefined ? {} : { consent_ids: [...new Set(consent_ids.map((id) => id.toLowerCase()))] }),
  };
  if (type === "rectification") {
    const corrections = rest.corrections as { field: string; value: string }[];
    checkCorrections(register, corrections);
    const override = rest.hold_override === undefined ? {} : { hold_override: rest.hold_override };
    return {
      open: { fields: corrections.map((c) => c.field), ...(rest.hold_override ? { hold_override: true } : {}) },
      sealed: { ...sealed, corrections, ...override },
    };
  }
  if (type === "objection") checkIds(rest.activities, Object.keys(register.activities), "details.activities");
  if (type === "withdrawal") checkIds(rest.purposes, Object.keys(register.consent?.purposes ?? {}), "details.purposes");
  if (type === "automated_decision_review") {
    // The view and the reference are the person's own words and numbers: sealed, like a note.
    const { view, reference, ...open } = rest as { view: string; reference?: string } & Record<string, unknown>;
    if (!reviewableDecisions(register).some(([id]) => id === open.decision))
      throw new OperationError("details.decision", "not an automated decision with legal effect the register declares");
    return { open, sealed: { ...sealed, view, ...(reference === undefined ? {} : { reference }) } };
  }
  return { open: rest, sealed };
}

function checkIds(ids: unknown, known: readonly string[], field: string): void {
  (ids as string[] | undefined)?.forEach((id, index) => {
    if (!known.includes(id)) throw new OperationError(`${field}[${index}]`, "not one the register declares");
  });
}

/** Each correction must name a personal-data field the datasets declare and fit its data category. */
function checkCorrections(register: Register, corrections: readonly { field: string; value: string }[]): void {
  const graph = buildGraph(register);
  // Every collection as if the person had a row there, so the engine's own check looks at all of them.
  const everywhere: WalkResult = {
    rows: new Map([...graph.collections.keys()].map((name) => [name, new Map([["*", {}]])])),
    reached: new Map(),
    steps: [],
  };
  corrections.forEach((correction, index) => {
    const dot = correction.field.indexOf(".");
    const target =
      dot > 0
        ? {
            collection: correction.field.slice(0, dot),
            field: correction.field.slice(dot + 1),
            value: correction.value,
          }
        : correction;
    const systemId = "collection" in target ? target.collection : undefined;
    const found = systemId === undefined ? undefined : register.datasets?.systems[systemId];
    // A manual system is corrected by its owner through a task, not through fields of its own.
    const system = found?.kind === "http" ? found : undefined;
    if (system) {
      // An API's fields are the ones its rectification request fills: {correction.<field>}.
      const body = Object.values(system.rectification?.body ?? {}).join(" ") + (system.rectification?.path ?? "");
      if (!body.includes(`{correction.${target.field}}`))
        throw new OperationError(
          `details.corrections[${index}]`,
          `the system "${systemId}" takes no correction of "${target.field}"`,
        );
      return;
    }
    try {
      validateCorrections(graph, everywhere, [target]);
    } catch (error) {
      const message = (error as Error).message.replace(/^--set [^:]+: /, "");
      throw new OperationError(`details.corrections[${index}]`, message);
    }
  });
}
