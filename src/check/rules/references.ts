import { didYouMean } from "../../diagnostics/index.js";
import {
  cookieDeclarations,
  dataCategories,
  type Path,
  purposes,
  type Register,
  subjectKinds,
} from "../../register/index.js";
import type { Finding, Rule } from "../rule.js";

interface Target {
  /** What the id names, for the message: "subject", "data category", ... */
  noun: string;
  /** Where such ids are defined, for the message and the hint. */
  where: string;
  known: Set<string>;
}

/** Every kind of id a register refers to, with the ids that exist. */
function targets(register: Register) {
  const t = (noun: string, where: string, ids: Iterable<string>): Target => ({ noun, where, known: new Set(ids) });
  return {
    subject: t("subject", "subjects", Object.keys(register.subjects)),
    category: t(
      "data category",
      "the data category taxonomy or taxonomy.data_categories",
      Object.keys(dataCategories(register)),
    ),
    retention: t("retention rule", "retention", Object.keys(register.retention)),
    recipient: t("recipient", "recipients", Object.keys(register.recipients)),
    consent: t("consent purpose", "consent.purposes", Object.keys(register.consent?.purposes ?? {})),
    decision: t("automated decision", "automated_decisions", Object.keys(register.automated_decisions)),
    purpose: t("purpose kind", "the purpose taxonomy or taxonomy.purposes", Object.keys(purposes(register))),
    subjectKind: t(
      "subject kind",
      "the subject taxonomy or taxonomy.subject_kinds",
      Object.keys(subjectKinds(register)),
    ),
    connection: t("connection", "datasets.connections", Object.keys(register.datasets?.connections ?? {})),
    activity: t("activity", "activities", Object.keys(register.activities)),
  };
}

/** All references in the register, in register order, as [path, id, target]. */
function* references(register: Register): Generator<[Path, string, Target]> {
  const to = targets(register);
  for (const [id, subject] of Object.entries(register.subjects)) {
    if (subject.kind) yield [["subjects", id, "kind"], subject.kind, to.subjectKind];
  }
  for (const [id, a] of Object.entries(register.activities)) {
    const at = (...rest: (string | number)[]): Path => ["activities", id, ...rest];
    if (a.purpose_kind) yield [at("purpose_kind"), a.purpose_kind, to.purpose];
    for (const [i, s] of a.subjects.entries()) yield [at("subjects", i), s, to.subject];
    for (const [i, c] of a.data_categories.entries()) yield [at("data_categories", i), c, to.category];
    if (a.retention) yield [at("retention"), a.retention, to.retention];
    for (const [i, r] of a.recipients.entries()) yield [at("recipients", i), r, to.recipient];
    if (a.consent_purpose) yield [at("consent_purpose"), a.consent_purpose, to.consent];
    for (const [i, d] of a.automated_decisions.entries()) yield [at("automated_decisions", i), d, to.decision];
  }
  for (const [id, rule] of Object.entries(register.retention)) {
    for (const [h, hold] of rule.holds.entries()) {
      for (const [i, c] of (hold.applies_to ?? []).entries()) {
        yield [["retention", id, "holds", h, "applies_to", i], c, to.category];
      }
    }
  }
  for (const cookie of cookieDeclarations(register)) {
    if (cookie.consent_purpose) yield [[...cookie.path, "consent_purpose"], cookie.consent_purpose, to.consent];
  }
  for (const [id, c] of Object.entries(register.datasets?.collections ?? {})) {
    const at = (...rest: (string | number)[]): Path => ["datasets", "collections", id, ...rest];
    yield [at("connection"), c.connection, to.connection];
    if (typeof c.retention === "string") yield [at("retention"), c.retention, to.retention];
    else if (c.retention) yield [at("retention", "rule"), c.retention.rule, to.retention];
    for (const [name, field] of Object.entries(c.fields)) {
      if (field.category) yield [at("fields", name, "category"), field.category, to.category];
    }
  }
  for (const [id, system] of Object.entries(register.datasets?.systems ?? {})) {
    const at = (...rest: (string | number)[]): Path => ["datasets", "systems", id, ...rest];
    if (system.kind === "http") {
      // What an API's objection and withdrawal calls serve: an unknown id would never be matched.
      for (const [i, a] of (system.objection?.activities ?? []).entries())
        yield [at("objection", "activities", i), a, to.activity];
      for (const [i, p] of (system.withdrawal?.purposes ?? []).entries())
        yield [at("withdrawal", "purposes", i), p, to.consent];
      continue;
    }
    if (system.kind === "manual" && system.recipient) yield [at("recipient"), system.recipient, to.recipient];
    for (const [i, c] of system.categories.entries()) yield [at("categories", i), c, to.category];
  }
}

export const referenceUnknown: Rule = {
  id: "reference-unknown",
  severity: "error",
  article: "GDPR Art. 30(1)",
  summary:
    "Every id the register refers to (subjects, categories, retention, recipients, consent purposes, ...) exists.",
  *run({ register }) {
    const found: Finding[] = [];
    for (const [path, id, target] of references(register)) {
      if (target.known.has(id)) continue;
      found.push({
        path,
        message: `Unknown ${target.noun} "${id}": it is not defined in ${target.where}.${didYouMean(id, target.known)}`,
        hint: `define "${id}" in ${target.where}, or correct the spelling`,
      });
    }
    yield* found;
  },
};
