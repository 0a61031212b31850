import { ENCRYPTION, NATURES, PEOPLE_EXCEPTIONS, type BreachFacts } from "./breach.js";
import { BreachError } from "./errors.js";

type Check = (value: unknown, field: string) => unknown;

const MAX_TEXT = 4000;

function fail(field: string, rule: string): never {
  throw new BreachError("invalid", `${field} ${rule}`, field);
}

const text =
  (max = MAX_TEXT): Check =>
  (value, field) => {
    if (typeof value !== "string" || !value.trim() || value.trim().length > max)
      fail(field, `has 1 to ${max} characters`);
    return value.trim();
  };

const oneOf =
  (values: readonly string[]): Check =>
  (value, field) => {
    if (typeof value !== "string" || !values.includes(value)) fail(field, `is one of ${values.join(", ")}`);
    return value;
  };

const bool: Check = (value, field) => {
  if (typeof value !== "boolean") fail(field, "is true or false");
  return value;
};

const list =
  (item: Check, max = 50): Check =>
  (value, field) => {
    if (!Array.isArray(value) || value.length > max) fail(field, `is a list of at most ${max}`);
    return [...new Set(value.map((v, i) => item(v, `${field}.${i}`)))];
  };

const count: Check = (value, field) => {
  const v = value as { count?: unknown; estimate?: unknown } | null;
  if (typeof v !== "object" || v === null) fail(field, "is { count, estimate }");
  if (typeof v.count !== "number" || !Number.isInteger(v.count) || v.count < 0)
    fail(`${field}.count`, "is a whole number, 0 or more");
  return { count: v.count, estimate: bool(v.estimate ?? false, `${field}.estimate`) };
};

const instantOrDay: Check = (value, field) => {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(value) || Number.isNaN(Date.parse(value)))
    fail(field, "is a day (YYYY-MM-DD) or an ISO instant in UTC");
  return value;
};

const country: Check = (value, field) => {
  if (typeof value !== "string" || !/^[A-Z]{2}$/.test(value)) fail(field, "is a two-letter country code (NL, BE)");
  return value;
};

/** Every fact the form asks for, with its check: the one list of keys a patch may hold. */
const FACT_CHECKS: Record<keyof BreachFacts, Check> = {
  basis: oneOf(["new", "follow_up"]),
  previousReport: text(100),
  summary: text(),
  occurredFrom: instantOrDay,
  occurredUntil: instantOrDay,
  ongoing: bool,
  discoveredHow: text(),
  nature: list(oneOf(NATURES), 3),
  dataKinds: list(text(200)),
  specialCategories: list(text(200)),
  records: count,
  peopleGroups: list(text(200)),
  people: count,
  encrypted: oneOf(ENCRYPTION),
  priorMeasures: text(),
  consequences: text(),
  riskReasons: text(),
  authorityNotToldReason: text(),
  delayReason: text(),
  authorityReference: text(100),
  peopleException: oneOf(PEOPLE_EXCEPTIONS),
  peopleNotToldReason: text(),
  remedialMeasures: text(),
  crossBorder: bool,
  countries: list(country, 30),
};

export const FACT_KEYS = Object.keys(FACT_CHECKS) as (keyof BreachFacts)[];

/**
 * Applies a patch to recorded facts: a key with a value records it (checked), a key with `null`
 * takes it back to "not recorded". Unknown keys are refused rather than dropped, so a typo is seen.
 */
export function applyFacts(current: BreachFacts, patch: Record<string, unknown>): BreachFacts {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const check = FACT_CHECKS[key as keyof BreachFacts];
    if (!check) fail(`facts.${key}`, "is not a fact the breach register records");
    if (value === null || value === undefined) delete next[key];
    else next[key] = check(value, `facts.${key}`);
  }
  return next as BreachFacts;
}
