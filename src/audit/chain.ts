import { createHash } from "node:crypto";

/** One entry of the audit log as stored: the hash covers everything above it and the previous hash. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  /** JSON text; written canonically (sorted keys) so the hash does not depend on key order. */
  data: string;
  prev_hash: string;
  hash: string;
}

export type AuditInput = Omit<AuditEntry, "seq" | "prev_hash" | "hash">;

/** The hash before the first entry. */
export const GENESIS = "0".repeat(64);

/** JSON with sorted keys at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** sha256 over the previous hash and the entry's fields, each length-prefixed so fields cannot run together. */
export function entryHash(entry: Omit<AuditEntry, "hash">): string {
  const h = createHash("sha256");
  const fields = [
    entry.prev_hash,
    String(entry.seq),
    entry.at,
    entry.actor,
    entry.action,
    entry.subject_type ?? "",
    entry.subject_id ?? "",
    entry.data,
  ];
  for (const field of fields) h.update(`${Buffer.byteLength(field)}:${field}\n`);
  return h.digest("hex");
}

/** The next entry after `previous` (or the first one). */
export function chainEntry(previous: Pick<AuditEntry, "seq" | "hash"> | undefined, input: AuditInput): AuditEntry {
  const partial = { ...input, seq: (previous?.seq ?? 0) + 1, prev_hash: previous?.hash ?? GENESIS };
  return { ...partial, hash: entryHash(partial) };
}

export type ChainProblem =
  | { kind: "changed"; seq: number }
  | { kind: "removed"; afterSeq: number; missing: number }
  | { kind: "reordered"; seq: number }
  /** Intact, but stored under another number than it was written with (its seq was swapped or edited). */
  | { kind: "moved"; seq: number; writtenAs: number }
  | { kind: "broken-link"; seq: number }
  /** The last entry is not the one the writer recorded as the head: the log was rewritten up to here. */
  | { kind: "head-mismatch"; seq: number };

/** What the writer recorded about the last entry it wrote, kept apart from the entries themselves. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Finds any changed, removed or reordered entry. Entries are checked in the order given (the order they
 * are stored in); each problem names the entry so an auditor knows where to look. With the `head` the
 * writer recorded, entries removed from the end are found too, which the chain alone cannot show.
 */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  options: { head?: ChainHead } = {},
): { ok: boolean; checked: number; problems: ChainProblem[] } {
  const list = [...entries];
  const mismatched = list.filter((entry) => entryHash(entry) !== entry.hash);
  const changed = new Set(mismatched);
  const writtenAs = originalNumbers(list, mismatched);
  const problems: ChainProblem[] = [];
  let previous: AuditEntry | undefined;
  for (const entry of list) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (entry.seq < expectedSeq) problems.push({ kind: "reordered", seq: entry.seq });
    else if (entry.seq > expectedSeq)
      problems.push({ kind: "removed", afterSeq: expectedSeq - 1, missing: entry.seq - expectedSeq });
    const original = writtenAs.get(entry);
    if (original !== undefined) problems.push({ kind: "moved", seq: entry.seq, writtenAs: original });
    else if (changed.has(entry)) problems.push({ kind: "changed", seq: entry.seq });
    // After a moved entry the link is broken as a matter of course; the move already names the place.
    else if (
      entry.prev_hash !== (previous?.hash ?? GENESIS) &&
      entry.seq === expectedSeq &&
      !(previous && writtenAs.has(previous))
    )
      problems.push({ kind: "broken-link", seq: entry.seq });
    previous = entry;
  }
  const head = options.head;
  if (head) {
    const lastSeq = previous?.seq ?? 0;
    if (head.seq > lastSeq) problems.push({ kind: "removed", afterSeq: lastSeq, missing: head.seq - lastSeq });
    else if (head.seq === lastSeq && previous && previous.hash !== head.hash && !writtenAs.has(previous))
      problems.push({ kind: "head-mismatch", seq: lastSeq });
  }
  return { ok: problems.length === 0, checked: list.length, problems };
}

/** Above this many hash mismatches, only the cheap candidate is tried for each (the log is ruined anyway). */
const PARTNER_SEARCH_LIMIT = 2000;

/**
 * For entries whose hash does not match, the number they were written with when their content is
 * intact: an entry renumbered or swapped with another hashes right under its old number. Candidates
 * are one after the entry it links to, and the numbers of the other mismatched entries (a swap's
 * partner). Entries found here were moved, not changed.
 */
function originalNumbers(entries: readonly AuditEntry[], mismatched: readonly AuditEntry[]): Map<AuditEntry, number> {
  const out = new Map<AuditEntry, number>();
  if (mismatched.length === 0) return out;
  const seqByHash = new Map(entries.map((e) => [e.hash, e.seq]));
  seqByHash.set(GENESIS, 0);
  const partners = mismatched.length <= PARTNER_SEARCH_LIMIT ? mismatched.map((e) => e.seq) : [];
  for (const entry of mismatched) {
    const linked = seqByHash.get(entry.prev_hash);
    const candidates = new Set([...(linked === undefined ? [] : [linked + 1]), ...partners]);
    candidates.delete(entry.seq);
    for (const candidate of candidates) {
      if (entryHash({ ...entry, seq: candidate }) !== entry.hash) continue;
      out.set(entry, candidate);
      break;
    }
  }
  return out;
}

export function describeProblem(p: ChainProblem): string {
  switch (p.kind) {
    case "changed":
      return `entry ${p.seq} was changed after it was written (its hash no longer matches its content)`;
    case "removed":
      return `${p.missing} entr${p.missing === 1 ? "y" : "ies"} missing after entry ${p.afterSeq}`;
    case "reordered":
      return `entry ${p.seq} is out of order`;
    case "moved":
      return `entry ${p.seq} was written as entry ${p.writtenAs} (entries were renumbered or swapped)`;
    case "broken-link":
      return `entry ${p.seq} does not follow the entry before it (the chain was rewritten from here)`;
    case "head-mismatch":
      return `entry ${p.seq} is not the last entry that was written (the log was rewritten up to it)`;
  }
}
