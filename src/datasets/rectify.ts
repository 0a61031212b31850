import { chunks } from "../connectors/index.js";
import type { DatasetGraph } from "./graph.js";
import {
  isEmailAddress,
  isIpAddress,
  isPhoneNumber,
  isPlausibleDateOfBirth,
  isValidBsn,
  isValidIban,
  normalizeIban,
  normalizePostcode,
} from "../identifiers/index.js";
import type { Connections } from "./connections.js";
import { checkHolds, checkIdentityUnique, checkLengths } from "./rectify-guards.js";
import { tableDb } from "./table.js";
import type { WalkResult } from "./walk.js";

/** A correction: `field=value` for every found collection with that field, or `collection.field=value`. */
export interface Correction {
  collection?: string;
  field: string;
  value: string;
}

/**
 * Checks per data category, so a rectification cannot write an address where an e-mail belongs.
 * Where a value has one stored form (IBAN, postcode), `normalize` turns what was typed into it.
 */
const VALIDATORS: Record<
  string,
  { test: (v: string) => boolean; expected: string; normalize?: (v: string) => string }
> = {
  "contact.email": { test: isEmailAddress, expected: "an e-mail address" },
  "contact.phone": { test: isPhoneNumber, expected: "a phone number" },
  "financial.iban": { test: isValidIban, expected: "a valid IBAN", normalize: normalizeIban },
  "identity.bsn": { test: isValidBsn, expected: "a BSN that passes the eleven-test" },
  "identity.date_of_birth": {
    test: (v) => isPlausibleDateOfBirth(v),
    expected: "a plausible date of birth (YYYY-MM-DD)",
  },
  "online.ip_address": { test: isIpAddress, expected: "an IP address" },
  "contact.postcode": {
    test: (v) => normalizePostcode(v) !== undefined,
    expected: "a Dutch postcode",
    normalize: (v) => normalizePostcode(v) ?? v,
  },
};

export function parseCorrection(text: string): Correction {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new Error(`--set expects field=value or collection.field=value`);
  const target = text.slice(0, eq);
  const value = text.slice(eq + 1);
  const dot = target.indexOf(".");
  return dot > 0 ? { collection: target.slice(0, dot), field: target.slice(dot + 1), value } : { field: target, value };
}

export interface RectificationResult {
  collections: { collection: string; field: string; rows: number }[];
  /** Rows under a legal hold rewritten on the operator's override, with the reason given. */
  holdOverride?: { reason: string; rows: number };
}

/**
 * Validates every correction against the register before anything is written: the field must be a
 * declared personal field, and the value must fit its category. Error messages name the field and
 * the expected kind of value, never the value itself.
 */
export function validateCorrections(
  graph: DatasetGraph,
  found: WalkResult,
  corrections: readonly Correction[],
): { collection: string; field: string; value: string }[] {
  const targets: { collection: string; field: string; value: string }[] = [];
  for (const c of corrections) {
    const names = c.collection ? [c.collection] : [...found.rows.keys()];
    let matched = false;
    for (const name of names) {
      const collection = graph.collections.get(name);
      if (!collection) throw new Error(`--set ${c.collection}.${c.field}: unknown collection "${name}"`);
      const field = collection.fields[c.field];
      if (!field) continue;
      if (field.identity === undefined && field.category === undefined) continue;
      const check = field.category ? VALIDATORS[field.category] : undefined;
      if (check && !check.test(c.value)) {
        throw new Error(`--set ${name}.${c.field}: the value is not ${check.expected} (category ${field.category})`);
      }
      matched = true;
      const value = check?.normalize?.(c.value) ?? c.value;
      if ((found.rows.get(name)?.size ?? 0) > 0) targets.push({ collection: name, field: c.field, value });
    }
    if (!matched)
      throw new Error(
        `--set ${c.collection ? `${c.collection}.` : ""}${c.field}: not a personal-data field declared in the register's datasets`,
      );
  }
  return targets;
}

/** Every check `rectify` makes before it writes, and nothing written: what would be refused, and why. */
export async function checkRectification(
  graph: DatasetGraph,
  connections: Connections,
  found: WalkResult,
  corrections: readonly Correction[],
  options: { now?: Date; holdOverride?: string } = {},
): Promise<{ targets: ReturnType<typeof validateCorrections>; overridden: number }> {
  const targets = validateCorrections(graph, found, corrections);
  const overridden = checkHolds(graph, found, targets, options.now ?? new Date(), options.holdOverride);
  await checkIdentityUnique(graph, connections, found, targets);
  await checkLengths(graph, connections, targets);
  return { targets, overridden };
}

/**
 * Writes the corrections: one UPDATE per collection and field over the found keys, one transaction
 * per connection. Refused before anything is written when a target row is under a legal hold (unless
 * `holdOverride` gives a reason), when a new identity value already belongs to someone else, or when
 * the value is longer than the column is declared.
 */
export async function rectify(
  graph: DatasetGraph,
  connections: Connections,
  found: WalkResult,
  corrections: readonly Correction[],
  options: { now?: Date; holdOverride?: string } = {},
): Promise<RectificationResult> {
  const { targets, overridden } = await checkRectification(graph, connections, found, corrections, options);
  const byConnection = new Map<string, typeof targets>();
  for (const t of targets) {
    const conn = graph.collections.get(t.collection)!.connection;
    byConnection.set(conn, [...(byConnection.get(conn) ?? []), t]);
  }
  const result: RectificationResult = { collections: [] };
  if (overridden > 0 && options.holdOverride !== undefined)
    result.holdOverride = { reason: options.holdOverride, rows: overridden };
  for (const [name, list] of [...byConnection].sort(([a], [b]) => a.localeCompare(b))) {
    const connector = connections.get(name);
    if (!connector) throw new Error(`connection "${name}" is not open`);
    await connector.db.transaction().execute(async (tx) => {
      for (const t of list) {
        const collection = graph.collections.get(t.collection)!;
        const keys = [...found.rows.get(t.collection)!.keys()];
        let rows = 0;
        for (const part of chunks(keys)) {
          const r = await tableDb({ db: tx }, collection)
            .updateTable(collection.table)
            .set({ [t.field]: t.value })
            .where(collection.primary_key, "in", part)
            .executeTakeFirst();
          rows += Number(r.numUpdatedRows);
        }
        result.collections.push({ collection: t.collection, field: t.field, rows });
      }
    });
  }
  return result;
}
