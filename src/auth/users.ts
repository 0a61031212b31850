import { randomUUID } from "node:crypto";
import type { Store, UserRole, UserRow } from "../store/index.js";
import { audited, type Change } from "./audit.js";
import { AuthInputError } from "./errors.js";
import { hashPassword, passwordProblem } from "./passwords.js";
import { isRole } from "./roles.js";

/** A user as the console shows it: never the password hash. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  createdAt: string;
  disabledAt: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  password: string;
}

/** Addresses are compared lowercased: the store's unique index then holds in both dialects. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// One @, something on both sides, a dot in the domain: enough to catch typing errors, not an RFC parser.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MAX_LENGTH = 254;
const NAME_MAX_LENGTH = 200;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

function validate(input: NewUser): { email: string; name: string; role: UserRole } {
  const email = normalizeEmail(input.email);
  if (!EMAIL.test(email) || email.length > EMAIL_MAX_LENGTH)
    throw new AuthInputError("email", "enter an e-mail address such as name@example.com");
  const name = input.name.trim();
  if (!name || name.length > NAME_MAX_LENGTH)
    throw new AuthInputError("name", `a name has 1 to ${NAME_MAX_LENGTH} characters`);
  if (!isRole(input.role))
    throw new AuthInputError("role", "the role must be admin, privacy_officer, support or auditor");
  const problem = passwordProblem(input.password);
  if (problem) throw new AuthInputError("password", problem);
  return { email, name, role: input.role };
}

/** Creates an account with an argon2id hash of the password. */
export async function createUser(store: Store, input: NewUser, change: Change): Promise<User> {
  const { email, name, role } = validate(input);
  if (await findUserByEmail(store, email))
    throw new AuthInputError("email", "an account with this address exists", "taken");
  const now = change.now ?? new Date();
  const row: UserRow = {
    id: randomUUID(),
    email,
    name,
    role,
    password_hash: await hashPassword(input.password),
    created_at: now.toISOString(),
    disabled_at: null,
  };
  await audited(
    store,
    change,
    (trx) => trx.insertInto("users").values(row).execute(),
    () => ({ action: "user.create", subjectType: "user", subjectId: row.id, data: { role } }),
  );
  return toUser(row);
}

export async function findUserByEmail(store: Store, email: string): Promise<UserRow | undefined> {
  return store.db.selectFrom("users").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
}

export async function findUser(store: Store, id: string): Promise<User | undefined> {
  const row = await store.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toUser(row);
}

/** Every account, active ones first, then by address. */
export async function listUsers(store: Store): Promise<User[]> {
  const rows = await store.db.selectFrom("users").selectAll().orderBy("email").execute();
  return rows.map(toUser).sort((a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null));
}

/**
 * Disables an account and ends its sessions at once; the row stays, so the audit log's "user:<id>"
 * keeps pointing at someone. Returns false when there was no such active account. The last active
 * admin cannot be disabled: nobody could manage users after that.
 */
export async function disableUser(store: Store, id: string, change: Change): Promise<boolean> {
  const target = await findUser(store, id);
  if (!target || target.disabledAt !== null) return false;
  if (target.role === "admin" && (await activeAdminCount(store)) <= 1)
    throw new AuthInputError("user", "the last active admin cannot be disabled", "last_admin");
  const now = change.now ?? new Date();
  return audited(
    store,
    change,
    async (trx) => {
      const result = await trx
        .updateTable("users")
        .set({ disabled_at: now.toISOString() })
        .where("id", "=", id)
        .where("disabled_at", "is", null)
        .executeTakeFirst();
      await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
      return Number(result.numUpdatedRows) > 0;
    },
    (disabled) => (disabled ? { action: "user.disable", subjectType: "user", subjectId: id } : undefined),
  );
}

/** The number of active admins, so the last one cannot lock everybody out. */
export async function activeAdminCount(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
