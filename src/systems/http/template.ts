import { createHash } from "node:crypto";
import { getPath } from "./json-path.js";
import { SystemError } from "./errors.js";

/** What a template's placeholders are filled from. */
export interface TemplateValues {
  /** The request's identities by type (the first of each type). */
  identity: Record<string, string>;
  /** A record the access call found, for per-record calls (erasure of a Stripe customer by its id). */
  record?: Record<string, unknown>;
  /** The values the person asked to correct, by field. */
  correction?: Record<string, string>;
  /** The key of the tenant whose request it is; none for the company's own requests. */
  tenant?: string;
}

const PLACEHOLDER = /\{(?:(identity|record|correction)\.([A-Za-z0-9_.-]+)|(tenant))(?:\|(md5|sha256|lower|quote))?\}/g;
const TENANT_ONLY = /\{tenant(?:\|(md5|sha256|lower|quote))?\}/g;

/**
 * The filters a placeholder may name. Hashes are of the trimmed, lower-case value, the way services
 * that key people by a hash compute it (Mailchimp's subscriber hash is the md5 of the lower-case
 * address); `quote` escapes a value put between single quotes in a search query (Stripe's).
 */
const FILTERS: Record<string, (value: string) => string> = {
  md5: (v) => createHash("md5").update(v.trim().toLowerCase()).digest("hex"),
  sha256: (v) => createHash("sha256").update(v.trim().toLowerCase()).digest("hex"),
  lower: (v) => v.toLowerCase(),
  quote: (v) => v.replace(/[\\']/g, (c) => `\\${c}`),
};

/** Whether a template reads fields of a found record, so it is called once per record. */
export function usesRecord(template: string | Record<string, string> | undefined): boolean {
  if (template === undefined) return false;
  const texts = typeof template === "string" ? [template] : Object.values(template);
  return texts.some((t) => /\{record\./.test(t));
}

/** Whether any of an HTTP system's templates takes the tenant's key. */
export function usesTenant(template: string | Record<string, string> | undefined): boolean {
  if (template === undefined) return false;
  const texts = typeof template === "string" ? [template] : Object.values(template);
  return texts.some((t) => /\{tenant[|}]/.test(t));
}

function lookup(values: TemplateValues, scope: string, name: string): string | undefined {
  const raw =
    scope === "tenant"
      ? values.tenant
      : scope === "identity"
        ? values.identity[name]
        : scope === "correction"
          ? values.correction?.[name]
          : getPath(values.record, name);
  if (raw === undefined || raw === null) return undefined;
  return typeof raw === "object" ? JSON.stringify(raw) : String(raw);
}

/**
 * Fills a template; `encode` URL-encodes each value (paths and queries). A placeholder without a value
 * returns undefined: a path cannot be sent that way, a body field is left out. The template text
 * itself is the register's, so it may be quoted in an error; the filled text never is.
 */
export function fill(template: string, values: TemplateValues, encode: boolean): string | undefined {
  let missing = false;
  const out = template.replace(PLACEHOLDER, (_, scope?: string, name?: string, tenant?: string, filter?: string) => {
    const value = lookup(values, tenant ?? scope!, name ?? "");
    if (value === undefined) {
      missing = true;
      return "";
    }
    const filtered = filter ? FILTERS[filter]!(value) : value;
    return encode ? encodeURIComponent(filtered) : filtered;
  });
  return missing ? undefined : out;
}

/** The path and query of a call, under the base URL; a missing value is the register's or the request's fault. */
export function renderUrl(system: string, base: string, path: string, values: TemplateValues): URL {
  const filled = fill(path, values, true);
  if (filled === undefined) throw new SystemError(system, `the path ${path} names a value this request does not have`);
  // The base's own path is kept: https://us1.api.mailchimp.com + /3.0/... and a base with /v1 both work.
  const root = base.endsWith("/") ? base.slice(0, -1) : base;
  return new URL(`${root}${filled.startsWith("/") ? "" : "/"}${filled}`);
}

/**
 * The template's headers with the tenant's key filled in (as is: a header value is not URL-encoded,
 * and the register's other placeholders are not taken here). A header that names a tenant the request
 * does not have cannot be sent: the system would search every tenant's people.
 */
export function renderHeaders(system: string, headers: Record<string, string>, values: TemplateValues) {
  const out: Record<string, string> = {};
  for (const [name, template] of Object.entries(headers)) {
    let missing = false;
    out[name] = template.replace(TENANT_ONLY, (_, filter?: string) => {
      if (values.tenant === undefined) missing = true;
      const value = values.tenant ?? "";
      return filter ? FILTERS[filter]!(value) : value;
    });
    if (missing) throw new SystemError(system, `the header ${name} names a tenant this request does not have`);
  }
  return out;
}

/** The body's fields filled; those whose value is not there are left out (a correction not asked for). */
export function renderBody(body: Record<string, string> | undefined, values: TemplateValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, template] of Object.entries(body ?? {})) {
    const filled = fill(template, values, false);
    if (filled !== undefined) out[key] = filled;
  }
  return out;
}

/** A JSON body nests dotted keys (merge_fields.FNAME); a form body keeps them flat (Stripe's metadata[x] style). */
export function encodeBody(fields: Record<string, string>, format: "json" | "form"): { type: string; text: string } {
  if (format === "form")
    return { type: "application/x-www-form-urlencoded", text: new URLSearchParams(fields).toString() };
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const steps = key.split(".");
    let at = nested;
    for (const step of steps.slice(0, -1)) at = (at[step] ??= {}) as Record<string, unknown>;
    at[steps.at(-1)!] = value;
  }
  return { type: "application/json", text: JSON.stringify(nested) };
}
