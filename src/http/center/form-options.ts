import { buildGraph, identityTypes } from "../../datasets/index.js";
import type { Lang } from "../../kernel/index.js";
import { dataCategories, localize, type Register } from "../../register/index.js";
import type { Choice } from "../pages/components.js";

/**
 * What the request form offers, read from the register: the identity types its datasets find people
 * by, the fields a person may ask to correct, the activities one can object to and the consent
 * purposes one can withdraw. Sorted, so the same register always gives the same form.
 */

export interface IdentityInput {
  /** The form field's name. */
  name: string;
  /** The identity type the datasets declare (phone, customer_number, ...). */
  type: string;
  inputType: "email" | "tel" | "text";
  autocomplete?: string;
}

/** Every identity type besides e-mail (which the form always asks for: the code goes there). */
export function identityInputs(register: Register): IdentityInput[] {
  return identityTypes(buildGraph(register))
    .filter((type) => type !== "email")
    .sort()
    .map((type) => ({
      name: `identity_${type}`,
      type,
      inputType: type === "phone" ? "tel" : "text",
      ...(type === "phone" ? { autocomplete: "tel" } : {}),
    }));
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The personal-data fields a person can ask to correct, by field name (a correction applies to that
 * field wherever their rows have it), labelled with the data category's name.
 */
export function correctableFields(register: Register, lang: Lang): Choice[] {
  const categories = dataCategories(register);
  const byField = new Map<string, string>();
  for (const collection of buildGraph(register).collections.values())
    for (const [field, def] of Object.entries(collection.fields)) {
      if (def.category === undefined && def.identity === undefined) continue;
      if (byField.has(field)) continue;
      const label = def.category ? categories[def.category]?.label[lang] : undefined;
      byField.set(field, capitalize(label ?? field.replaceAll("_", " ")));
    }
  const counts = new Map<string, number>();
  for (const label of byField.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...byField]
    .map(([field, label]) => ({
      value: field,
      // Two fields of one category (name, billing_name) would read the same: the field tells them apart.
      label: (counts.get(label) ?? 0) > 1 ? `${label} (${field.replaceAll("_", " ")})` : label,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang) || a.value.localeCompare(b.value));
}

/** Activities a person can object to (Art. 21): those based on legitimate interest or a public task. */
export function objectableActivities(register: Register, lang: Lang): Choice[] {
  return Object.entries(register.activities)
    .filter(([, a]) => a.legal_basis === "legitimate_interest" || a.legal_basis === "public_task")
    .map(([id, a]) => ({ value: id, label: localize(a.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang) || a.value.localeCompare(b.value));
}

/** Consent purposes a person can withdraw (Art. 7(3)). */
export function consentPurposes(register: Register, lang: Lang): Choice[] {
  return Object.entries(register.consent?.purposes ?? {})
    .map(([id, p]) => ({ value: id, label: localize(p.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang) || a.value.localeCompare(b.value));
}

/** How many corrections the form has room for; the first is required. */
export const CORRECTION_ROWS = 3;
