import { hash, verify } from "@node-rs/argon2";
import { randomToken } from "../crypto/index.js";

/**
 * Argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). The parameters travel inside the PHC
 * string, so raising them later still verifies the hashes written before.
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
/** Argon2 reads the whole input: without a ceiling a megabyte "password" costs the server, not the caller. */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a new password is refused; the message never repeats the password. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `a password needs at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `a password has at most ${PASSWORD_MAX_LENGTH} characters`;
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** False for a wrong password and for a stored value that is not an argon2 hash (never throws). */
export async function checkPassword(stored: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one real verification and always fails. Sign-in runs it for an unknown address,
 * so the answer takes as long as for a known one and its timing does not tell who has an account.
 */
export async function checkNoPassword(password: string): Promise<false> {
  dummy ??= hashPassword(randomToken());
  await checkPassword(await dummy, password.slice(0, PASSWORD_MAX_LENGTH));
  return false;
}

/** A password for a new account, handed out once: 24 base64url characters, 144 bits. */
export function generatePassword(): string {
  return randomToken(18);
}
