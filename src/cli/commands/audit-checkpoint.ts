import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "@commander-js/extra-typings";
import {
  type AuditCheckpoint,
  CheckpointError,
  generateCheckpointKey,
  keyFingerprint,
  parseCheckpoint,
  parsePrivateKey,
  parsePublicKey,
} from "../../audit/index.js";
import { UsageError } from "../io.js";
import type { KeyObject } from "node:crypto";

/*
 * Where the checkpoint key comes from. It must not be in the store: whoever can rewrite the store
 * could otherwise sign the rewritten log. A file outside the store's folder or the environment.
 */
export const SIGNING_KEY_ENV = "WAARBORG_AUDIT_SIGNING_KEY";
export const PUBLIC_KEY_ENV = "WAARBORG_AUDIT_PUBLIC_KEY";

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new UsageError(`${what} ${path} cannot be read (${code})`);
  }
}

function usage<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof CheckpointError) throw new UsageError(error.message);
    throw error;
  }
}

/** The signing key: --key <file>, else $WAARBORG_AUDIT_SIGNING_KEY. */
export function signingKey(file: string | undefined, env: NodeJS.ProcessEnv = process.env): KeyObject {
  if (file) return usage(() => parsePrivateKey(readText(file, "the key file"), `the key file ${file}`));
  const text = env[SIGNING_KEY_ENV];
  if (!text) throw new UsageError(`no signing key: give --key <file> or set ${SIGNING_KEY_ENV}`);
  return usage(() => parsePrivateKey(text, SIGNING_KEY_ENV));
}

/** The key a checkpoint is checked with: --public-key <file>, $WAARBORG_AUDIT_PUBLIC_KEY, or the signing key's half. */
export function verifyingKey(file: string | undefined, env: NodeJS.ProcessEnv = process.env): KeyObject {
  if (file) return usage(() => parsePublicKey(readText(file, "the public key file"), `the public key file ${file}`));
  const text = env[PUBLIC_KEY_ENV] || env[SIGNING_KEY_ENV];
  if (!text)
    throw new UsageError(`no key to check the checkpoint with: give --public-key <file> or set ${PUBLIC_KEY_ENV}`);
  return usage(() => parsePublicKey(text, env[PUBLIC_KEY_ENV] ? PUBLIC_KEY_ENV : SIGNING_KEY_ENV));
}

export function readCheckpoint(path: string): AuditCheckpoint {
  return usage(() => parseCheckpoint(readText(path, "the checkpoint"), `the checkpoint ${path}`));
}

/** `waarborg audit keygen`: a new Ed25519 key pair, the private half readable by its owner only. */
export function registerAuditKeygen(audit: Command): void {
  audit
    .command("keygen")
    .description("make an Ed25519 key for signing audit checkpoints: <file> (private, 0600) and <file>.pub")
    .requiredOption("-o, --out <file>", "where to write the private key; keep it outside the store and its backups")
    .action(async (opts) => {
      const { privatePem, publicPem } = generateCheckpointKey();
      await mkdir(dirname(opts.out), { recursive: true });
      try {
        // wx: an existing key is never overwritten; losing it would orphan every checkpoint it signed.
        await writeFile(opts.out, privatePem, { mode: 0o600, flag: "wx" });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST")
          throw new UsageError(`${opts.out} exists already; choose another file`);
        throw error;
      }
      await writeFile(`${opts.out}.pub`, publicPem, { mode: 0o644 });
      const fingerprint = keyFingerprint(parsePublicKey(publicPem, "the new key"));
      process.stdout.write(
        `wrote the signing key to ${opts.out} and its public key to ${opts.out}.pub (fingerprint ${fingerprint})\n`,
      );
    });
}
