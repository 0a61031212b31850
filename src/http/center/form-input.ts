import { z } from "zod";
import type { Register } from "../../register/index.js";
import { OneValue, Values } from "../pages/form-post.js";
import type { RequestType } from "../../kernel/index.js";
import type { CenterWords } from "./words.js";
import { CORRECTION_ROWS, identityInputs } from "./form-options.js";
import { reviewDetails, reviewErrorAt } from "./review-input.js";

/** A form post as @fastify/formbody hands it over: a repeated name (checkboxes) becomes a list. */
export const FormBody = z.record(z.string(), Values);
export type FormBody = z.infer<typeof FormBody>;

/**
 * The request form. The fields that hold one value are declared so; the identity and correction
 * fields depend on the register (form-options.ts) and arrive as the rest.
 */
export const RequestFormBody = z
  .object({
    type: OneValue,
    email: OneValue,
    lang: OneValue,
    note: OneValue,
    consent_id: OneValue,
    direct_marketing: OneValue,
    activities: Values,
    purposes: Values,
  })
  .catchall(Values);
export type RequestFormBody = z.infer<typeof RequestFormBody>;

/** The kinds of request a consent id from the banner's settings belongs to: seeing or ending consents. */
export const CONSENT_ID_TYPES: readonly RequestType[] = ["access", "portability", "objection", "withdrawal"];

/** What the person typed, by field name, to put back in the form when it comes back with errors. */
export type FormValues = Record<string, string | string[] | undefined>;

/**
 * The text fields of a body its schema refused, to put back in the form: it may be of any shape
 * (a JSON post to a form route), so only strings and lists of strings are kept.
 */
export function formValuesOf(body: unknown): FormValues {
  if (typeof body !== "object" || body === null) return {};
  return Object.fromEntries(
    Object.entries(body).filter(
      (entry): entry is [string, string | string[]] =>
        typeof entry[1] === "string" || (Array.isArray(entry[1]) && entry[1].every((v) => typeof v === "string")),
    ),
  );
}

export const text = (body: FormBody, name: string): string => {
  const value = body[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};
const list = (body: FormBody, name: string): string[] => {
  const value = body[name];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v !== "");
};

export interface FieldError {
  field: string;
  message: string;
}

export interface RequestFormInput {
  /** The input for fileRequest. */
  input: {
    type: RequestType;
    lang: string;
    identities: { type: string; value: string }[];
    details: Record<string, unknown>;
  };
  values: FormValues;
  /**
   * The form field an operation's error path points at (`identities[1].value` -> `identity_phone`) with
   * the message for it in the person's language; undefined when the path is no field of the form.
   */
  errorAt(path: string | undefined, words: CenterWords): FieldError | undefined;
}

/**
 * Turns the request form into fileRequest's input. Empty optional fields are left out; the checks
 * themselves are fileRequest's, so the API and the form refuse exactly the same things.
 */
export function requestFormInput(register: Register, type: RequestType, body: FormBody): RequestFormInput {
  const values: FormValues = { ...body };
  const identityFields = ["email"];
  const identities = [{ type: "email", value: text(body, "email") }];
  for (const field of identityInputs(register)) {
    const value = text(body, field.name);
    if (!value) continue;
    identityFields.push(field.name);
    identities.push({ type: field.type, value });
  }
  const details: Record<string, unknown> = {};
  const note = text(body, "note");
  if (note) details.note = note;
  const correctionRows: number[] = [];
  if (type === "rectification") {
    const corrections: { field: string; value: string }[] = [];
    for (let row = 1; row <= CORRECTION_ROWS; row++) {
      const field = text(body, `correction_field_${row}`);
      const value = text(body, `correction_value_${row}`);
      if (!field && !value) continue;
      correctionRows.push(row);
      corrections.push({ field, value });
    }
    details.corrections = corrections;
  }
  if (type === "objection") details.activities = list(body, "activities");
  if (type === "objection" && text(body, "direct_marketing") === "yes") details.direct_marketing = true;
  if (type === "withdrawal") details.purposes = list(body, "purposes");
  if (type === "automated_decision_review") Object.assign(details, reviewDetails(body));
  const consentId = text(body, "consent_id");
  if (consentId && CONSENT_ID_TYPES.includes(type)) details.consent_ids = [consentId.toLowerCase()];

  const errorAt = (path: string | undefined, words: CenterWords): FieldError | undefined => {
    if (path === undefined) return undefined;
    const identity = /^identities\[(\d+)\]/.exec(path);
    if (identity) {
      const field = identityFields[Number(identity[1])] ?? "email";
      return { field, message: field === "email" ? words.errors.email : words.errors.identity };
    }
    if (path === "identities") return { field: "email", message: words.errors.email };
    const correction = /^details\.corrections\[(\d+)\](\.field|\.value)?/.exec(path);
    if (correction) {
      const row = correctionRows[Number(correction[1])] ?? 1;
      // A bare index is the engine's check of the value against the field's data category.
      if (correction[2] === ".field")
        return { field: `correction_field_${row}`, message: words.errors.correctionMissing };
      if (correction[2] === ".value")
        return { field: `correction_value_${row}`, message: words.errors.correctionMissing };
      return { field: `correction_value_${row}`, message: words.errors.correction };
    }
    if (path.startsWith("details.corrections"))
      return { field: "correction_field_1", message: words.errors.correctionMissing };
    if (path.startsWith("details.activities")) return { field: "activities", message: words.errors.choice };
    if (path.startsWith("details.purposes")) return { field: "purposes", message: words.errors.choice };
    if (path.startsWith("details.consent_ids")) return { field: "consent_id", message: words.errors.consentId };
    if (path.startsWith("details.note")) return { field: "note", message: words.errors.note };
    const review = reviewErrorAt(path, words.review);
    if (review) return review;
    if (path === "lang") return { field: "lang", message: words.errors.lang };
    return undefined;
  };
  return { input: { type, lang: text(body, "lang"), identities, details }, values, errorAt };
}
