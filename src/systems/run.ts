import type { AccessResult } from "../datasets/index.js";
import type { HttpSystem, Register } from "../register/index.js";
import { SystemError } from "./http/errors.js";
import { accessHttp, eraseHttp, rectifyHttp, stopHttp, type SystemOutcome } from "./http/operations.js";
import { notConcerned, type StopRequest } from "./concerns.js";
import type { SystemRun } from "./http/system-client.js";
import { tenantSkip } from "./tenant.js";

type Section = AccessResult["sections"][number];

/** The register's HTTP systems, by id in order, so every run reaches them in the same order. */
export function httpSystems(register: Register): [string, HttpSystem][] {
  return Object.entries(register.datasets?.systems ?? {})
    .filter((entry): entry is [string, HttpSystem] => entry[1].kind === "http")
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Runs an operation on each system in turn. A system that fails (after its retries) is an outcome,
 * not the end of the run: the others are still reached, and the caller ends the request partially
 * completed with the reason. `onOutcome` hears each as it happens, so what was done is recorded even
 * if a later system's call is cut short.
 */
async function eachSystem<T>(
  register: Register,
  run: SystemRun,
  work: (id: string, system: HttpSystem) => Promise<{ outcome: SystemOutcome; extra?: T }>,
  onOutcome: (outcome: SystemOutcome) => Promise<void>,
  reached: (system: HttpSystem) => boolean = () => true,
): Promise<{ outcomes: SystemOutcome[]; extras: Map<string, T> }> {
  const outcomes: SystemOutcome[] = [];
  const extras = new Map<string, T>();
  for (const [id, system] of httpSystems(register).filter(([, s]) => reached(s))) {
    let outcome: SystemOutcome;
    const skipped = tenantSkip(system, run.tenant);
    if (skipped !== undefined) {
      outcome = { system: id, outcome: "skipped", records: 0, reason: skipped };
      outcomes.push(outcome);
      await onOutcome(outcome);
      continue;
    }
    try {
      const done = await work(id, system);
      outcome = done.outcome;
      if (done.extra !== undefined) extras.set(id, done.extra);
    } catch (error) {
      if (!(error instanceof SystemError)) throw error;
      outcome = { system: id, outcome: "failed", records: 0, reason: error.message };
    }
    outcomes.push(outcome);
    await onOutcome(outcome);
  }
  return { outcomes, extras };
}

/** Access: a package section per system that holds records, with the data categories the register maps. */
export async function accessSystems(
  register: Register,
  run: SystemRun,
  onOutcome: (outcome: SystemOutcome) => Promise<void>,
): Promise<{ outcomes: SystemOutcome[]; sections: Section[]; categories: string[] }> {
  const { outcomes, extras } = await eachSystem(
    register,
    run,
    async (id, system) => {
      const found = await accessHttp(id, system, run);
      return { outcome: found.outcome, extra: found.records };
    },
    onOutcome,
  );
  const sections: Section[] = [];
  const categories = new Set<string>();
  for (const [id, system] of httpSystems(register)) {
    const rows = extras.get(id) ?? [];
    if (rows.length === 0) continue;
    const mapped = Object.keys(system.fields).length > 0;
    for (const [field, category] of Object.entries(system.fields))
      if (rows.some((row) => row[field] !== null && row[field] !== undefined)) categories.add(category);
    sections.push({
      collection: id,
      table: id,
      label: system.label,
      primaryKey: "id",
      columns: mapped ? Object.keys(system.fields) : [...new Set(rows.flatMap((row) => Object.keys(row)))],
      categories: { ...system.fields },
      provided: [],
      withheld: [],
      rows,
    });
  }
  return { outcomes, sections, categories: [...categories] };
}

export async function eraseSystems(
  register: Register,
  run: SystemRun,
  onOutcome: (outcome: SystemOutcome) => Promise<void>,
): Promise<SystemOutcome[]> {
  return (
    await eachSystem(register, run, async (id, system) => ({ outcome: await eraseHttp(id, system, run) }), onOutcome)
  ).outcomes;
}

/** Rectification: each system gets the corrections addressed to it (`mailchimp.FNAME=...`). */
export async function rectifySystems(
  register: Register,
  run: SystemRun,
  corrections: readonly { collection?: string; field: string; value: string }[],
  onOutcome: (outcome: SystemOutcome) => Promise<void>,
): Promise<SystemOutcome[]> {
  return (
    await eachSystem(
      register,
      run,
      async (id, system) => {
        const mine = Object.fromEntries(
          corrections.filter((c) => c.collection === id).map((c) => [c.field, c.value] as const),
        );
        // A system without a rectification request is only reached when a correction names it.
        if (!system.rectification && Object.keys(mine).length === 0)
          return { outcome: { system: id, outcome: "nothing_to_correct", records: 0 } };
        return { outcome: await rectifyHttp(id, system, run, mine) };
      },
      onOutcome,
    )
  ).outcomes;
}

/**
 * Restriction: the systems that declare a restriction request, each marking the person restricted.
 * A system without one is left out, as before: APIs have no common way to mark a person restricted.
 */
export async function restrictSystems(
  register: Register,
  run: SystemRun,
  onOutcome: (outcome: SystemOutcome) => Promise<void>,
): Promise<SystemOutcome[]> {
  return (
    await eachSystem(
      register,
      run,
      async (id, system) => ({ outcome: await stopHttp(id, system, run, "restriction") }),
      onOutcome,
      (system) => system.restriction !== undefined,
    )
  ).outcomes;
}

/**
 * Objection and withdrawal: the systems that declare a call for the type, each called when the
 * request concerns what the call serves, else recorded as not concerned with the reason.
 */
export async function stopSystems(
  register: Register,
  run: SystemRun,
  request: StopRequest,
  onOutcome: (outcome: SystemOutcome) => Promise<void>,
): Promise<SystemOutcome[]> {
  return (
    await eachSystem(
      register,
      run,
      async (id, system) => {
        const reason = notConcerned(register, system, request);
        if (reason !== undefined) return { outcome: { system: id, outcome: "not_concerned", records: 0, reason } };
        return { outcome: await stopHttp(id, system, run, request.type) };
      },
      onOutcome,
      (system) => system[request.type] !== undefined,
    )
  ).outcomes;
}
