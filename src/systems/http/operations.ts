import type { HttpRequestTemplate, HttpSystem } from "../../register/index.js";
import { SystemError } from "./errors.js";
import { getPath } from "./json-path.js";
import { type Operation, SystemClient, type SystemRun } from "./system-client.js";
import { usesRecord } from "./template.js";

/** What one system came to for one request: counts and an outcome word, never a value. */
export interface SystemOutcome {
  system: string;
  outcome:
    | "found"
    | "none"
    | "erased"
    | "corrected"
    | "restricted"
    | "stopped"
    | "not_found"
    | "nothing_to_correct"
    | "not_concerned"
    | "no_identity"
    | "skipped"
    | "failed";
  records: number;
  /**
   * Why it failed (the system, the call's template and status), why it was not concerned (the
   * register's ids) or why it was skipped for the request's tenant: never the person's data.
   */
  reason?: string;
}

/** Access: the records found, reduced to the fields the register maps (or whole, when it maps none). */
export async function accessHttp(
  id: string,
  system: HttpSystem,
  run: SystemRun,
): Promise<{ outcome: SystemOutcome; records: Record<string, unknown>[] }> {
  const client = new SystemClient(id, system, run);
  if (client.identity === undefined) return { outcome: noIdentity(id), records: [] };
  const found = await client.find();
  const mapped = Object.keys(system.fields).length
    ? found.map((record) =>
        Object.fromEntries(Object.keys(system.fields).map((field) => [field, getPath(record, field) ?? null])),
      )
    : found;
  return { outcome: { system: id, outcome: found.length ? "found" : "none", records: found.length }, records: mapped };
}

/**
 * Erasure: one call for the person (Mailchimp's delete-permanent by subscriber hash), or one per
 * record access found when the template names a record's field (Stripe's DELETE /v1/customers/{id}).
 * A not-found answer is "nothing there", which a re-run after a cut-short run also meets.
 */
export async function eraseHttp(id: string, system: HttpSystem, run: SystemRun): Promise<SystemOutcome> {
  const template = system.erasure;
  if (!template) throw new SystemError(id, "declares no erasure request");
  return write(id, system, run, "erasure", template, {}, "erased");
}

/** Rectification: the corrections meant for this system (`system.field=value`), through its template. */
export async function rectifyHttp(
  id: string,
  system: HttpSystem,
  run: SystemRun,
  corrections: Record<string, string>,
): Promise<SystemOutcome> {
  const template = system.rectification;
  if (!template) throw new SystemError(id, "declares no rectification request");
  if (Object.keys(corrections).length === 0) return { system: id, outcome: "nothing_to_correct", records: 0 };
  return write(id, system, run, "rectification", template, corrections, "corrected");
}

/**
 * Restriction (Art. 18), objection (Art. 21) or withdrawal (Art. 7(3)): the system's own call for it,
 * once for the person or once per record access found, like erasure. Whether an objection or a
 * withdrawal concerns the system at all is the caller's to decide first (see concerns.ts).
 */
export async function stopHttp(
  id: string,
  system: HttpSystem,
  run: SystemRun,
  operation: "restriction" | "objection" | "withdrawal",
): Promise<SystemOutcome> {
  const template = system[operation];
  if (!template) throw new SystemError(id, `declares no ${operation} request`);
  return write(id, system, run, operation, template, {}, operation === "restriction" ? "restricted" : "stopped");
}

async function write(
  id: string,
  system: HttpSystem,
  run: SystemRun,
  operation: Exclude<Operation, "access">,
  template: HttpRequestTemplate,
  correction: Record<string, string>,
  done: "erased" | "corrected" | "restricted" | "stopped",
): Promise<SystemOutcome> {
  const client = new SystemClient(id, system, run);
  if (client.identity === undefined) return noIdentity(id);
  if (!usesRecord(template.path) && !usesRecord(template.body)) {
    const answer = await client.send(operation, template, client.values({ correction }));
    return { system: id, outcome: answer ? done : "not_found", records: answer ? 1 : 0 };
  }
  const records = await client.find();
  let changed = 0;
  for (const [index, record] of records.entries()) {
    // The record's own id keys the call where it has one, so a re-run finds the same key for it.
    const key = String(getPath(record, "id") ?? index);
    if (await client.send(operation, template, client.values({ record, correction }), key)) changed++;
  }
  return { system: id, outcome: changed ? done : "not_found", records: changed };
}

/** The request carries no identity of the type this system finds people by: it was not asked. */
function noIdentity(id: string): SystemOutcome {
  return { system: id, outcome: "no_identity", records: 0 };
}
