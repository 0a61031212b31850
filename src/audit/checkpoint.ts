import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import type { AuditEntry, ChainHead } from "./chain.js";

/*
 * A checkpoint is the chain's head (last number and hash) signed with an Ed25519 key that is not in
 * the store. Whoever can write the store can cut off the log's tail or recompute every hash after a
 * change, and the chain alone then looks intact; against a checkpoint kept elsewhere the log must
 * still hold the signed entry, unchanged. The key signs; the public key is all a verifier needs.
 */

export const CHECKPOINT_FORMAT = "waarborg-audit-checkpoint/1";

export interface AuditCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  seq: number;
  hash: string;
  /** When the checkpoint was signed. */
  at: string;
  /** The signing key's fingerprint (SHA-256 of its public key), so a verifier knows which key to use. */
  key: string;
  /** Ed25519 over signedText(seq, hash, at), base64. */
  signature: string;
}

/** A checkpoint, a key or a key file that cannot be used; the message says which field and why. */
export class CheckpointError extends Error {}

function signedText(seq: number, hash: string, at: string): Buffer {
  return Buffer.from(`${CHECKPOINT_FORMAT}\n${seq}\n${hash}\n${at}\n`, "utf8");
}

export function keyFingerprint(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 32);
}

/** A new signing key as PKCS#8 PEM, and its public key as SPKI PEM. */
export function generateCheckpointKey(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

function ed25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== "ed25519") throw new CheckpointError(`${what} is not an Ed25519 key`);
  return key;
}

/** A private key from PEM text or from base64 of its PKCS#8 DER (for an environment variable). */
export function parsePrivateKey(text: string, what: string): KeyObject {
  try {
    const trimmed = text.trim();
    const key = trimmed.startsWith("-----")
      ? createPrivateKey(trimmed)
      : createPrivateKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "pkcs8" });
    return ed25519(key, what);
  } catch (error) {
    if (error instanceof CheckpointError) throw error;
    throw new CheckpointError(`${what} is not a private key in PEM or base64 PKCS#8`);
  }
}

/** A public key from PEM text or base64 SPKI DER; a private key gives its public half. */
export function parsePublicKey(text: string, what: string): KeyObject {
  const trimmed = text.trim();
  try {
    if (trimmed.includes("PRIVATE KEY")) return createPublicKey(parsePrivateKey(trimmed, what));
    const key = trimmed.startsWith("-----")
      ? createPublicKey(trimmed)
      : createPublicKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "spki" });
    return ed25519(key, what);
  } catch (error) {
    if (error instanceof CheckpointError) throw error;
    throw new CheckpointError(`${what} is not a public key in PEM or base64 SPKI`);
  }
}

export function signCheckpoint(head: ChainHead, privateKey: KeyObject, now: Date): AuditCheckpoint {
  const at = now.toISOString();
  return {
    format: CHECKPOINT_FORMAT,
    seq: head.seq,
    hash: head.hash,
    at,
    key: keyFingerprint(createPublicKey(privateKey)),
    signature: sign(null, signedText(head.seq, head.hash, at), privateKey).toString("base64"),
  };
}

/** Reads a checkpoint file's text; throws CheckpointError naming the field that is wrong. */
export function parseCheckpoint(text: string, what: string): AuditCheckpoint {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new CheckpointError(`${what} is not JSON`);
  }
  if (value === null || typeof value !== "object") throw new CheckpointError(`${what} is not a checkpoint object`);
  if (value.format !== CHECKPOINT_FORMAT) throw new CheckpointError(`${what}: format must be "${CHECKPOINT_FORMAT}"`);
  if (!Number.isInteger(value.seq) || (value.seq as number) < 0)
    throw new CheckpointError(`${what}: seq must be a whole number from 0`);
  for (const field of ["hash", "at", "key", "signature"] as const)
    if (typeof value[field] !== "string" || value[field] === "")
      throw new CheckpointError(`${what}: ${field} must be a non-empty string`);
  return value as unknown as AuditCheckpoint;
}

export type CheckpointProblem =
  | { kind: "bad-signature" }
  | { kind: "other-key"; key: string }
  /** The log ends before the signed entry: its tail was cut off. */
  | { kind: "truncated"; signedSeq: number; lastSeq: number }
  /** The signed entry is there under its number, but it is not the entry that was signed. */
  | { kind: "rewritten"; seq: number };

/**
 * Checks the stored entries against a checkpoint: the signature with the trusted public key, then
 * that the entry the checkpoint signed is still in the log with the hash that was signed. The
 * entries' own chain is checked by verifyChain; a recomputed chain passes that and fails this.
 */
export function checkAgainstCheckpoint(
  checkpoint: AuditCheckpoint,
  publicKey: KeyObject,
  entryAt: (seq: number) => Pick<AuditEntry, "hash"> | undefined,
  lastSeq: number,
): CheckpointProblem[] {
  const fingerprint = keyFingerprint(publicKey);
  if (checkpoint.key !== fingerprint) return [{ kind: "other-key", key: checkpoint.key }];
  const text = signedText(checkpoint.seq, checkpoint.hash, checkpoint.at);
  if (!verify(null, text, publicKey, Buffer.from(checkpoint.signature, "base64"))) return [{ kind: "bad-signature" }];
  if (checkpoint.seq === 0) return [];
  if (checkpoint.seq > lastSeq) return [{ kind: "truncated", signedSeq: checkpoint.seq, lastSeq }];
  const entry = entryAt(checkpoint.seq);
  if (!entry) return [{ kind: "truncated", signedSeq: checkpoint.seq, lastSeq }];
  if (entry.hash !== checkpoint.hash) return [{ kind: "rewritten", seq: checkpoint.seq }];
  return [];
}

export function describeCheckpointProblem(p: CheckpointProblem): string {
  switch (p.kind) {
    case "bad-signature":
      return "the checkpoint's signature does not verify: it was altered, or not made with this key";
    case "other-key":
      return `the checkpoint was signed with another key (fingerprint ${p.key})`;
    case "truncated":
      return `the log ends at entry ${p.lastSeq}, but the checkpoint signed entry ${p.signedSeq}: entries were cut off the end`;
    case "rewritten":
      return `entry ${p.seq} is not the entry the checkpoint signed: the log was rewritten (its hashes recomputed) up to there`;
  }
}
