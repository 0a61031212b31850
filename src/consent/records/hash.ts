import { createHash } from "node:crypto";
import type { ConsentRecordsTable } from "../../store/index.js";

/** The fields of a record its hash covers: all but its place (seq, batch) and the hash itself. */
export type HashedRecord = Omit<ConsentRecordsTable, "seq" | "batch" | "hash">;

function digest(fields: readonly string[]): string {
  // Length-prefixed, as the audit log does it, so fields cannot run into each other; one update call,
  // since this runs for every record.
  return createHash("sha256")
    .update(fields.map((field) => `${Buffer.byteLength(field)}:${field}\n`).join(""))
    .digest("hex");
}

/** sha256 over a record's fields; `choices` is the stored (canonical) JSON text. */
export function recordHash(r: HashedRecord): string {
  return digest([
    r.consent_id,
    r.at,
    String(r.version),
    r.config_hash,
    r.choices,
    r.action,
    r.lang,
    r.origin,
    String(r.gpc),
    r.parental ?? "",
    r.via,
  ]);
}

/** A batch's root: sha256 over its records' hashes in the order they were numbered. */
export function batchRoot(recordHashes: readonly string[]): string {
  return digest(["batch", ...recordHashes]);
}

/** A segment's root: sha256 over its batches (id, count, root) in id order. */
export function segmentRoot(batches: readonly { id: number; records: number; root: string }[]): string {
  return digest(["segment", ...batches.map((b) => `${b.id}:${b.records}:${b.root}`)]);
}
