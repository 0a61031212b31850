import { createUser, generatePassword } from "../auth/index.js";
import type { Store } from "../store/index.js";

export interface FirstAdmin {
  email: string;
  /** Shown once, on the console of the start that created the account; the store keeps only its hash. */
  password: string;
}

async function hasUsers(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * A store without accounts gets one admin with a generated password, so the console can be reached at
 * all; a store with any account is left alone. When two processes start on an empty store at once, one
 * creates the account and the other finds it (the unique address makes the second insert fail).
 */
export async function ensureFirstAdmin(store: Store, email: string, now: Date): Promise<FirstAdmin | undefined> {
  if (await hasUsers(store)) return undefined;
  const password = generatePassword();
  try {
    await createUser(store, { email, name: "Admin", role: "admin", password }, { actor: "system", now });
  } catch (error) {
    if (await hasUsers(store)) return undefined;
    throw error;
  }
  return { email, password };
}
