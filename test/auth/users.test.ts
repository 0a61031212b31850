import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthInputError, createUser, disableUser, findUser, findUserByEmail, listUsers } from "../../src/auth/index.js";
import { createSession, resolveSession } from "../../src/auth/sessions.js";
import type { Store } from "../../src/store/open.js";
import { tempStore } from "./temp-store.js";

const BY_ADMIN = { actor: "user:test" };

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ store, dispose } = await tempStore());
});
afterEach(() => dispose());

const PASSWORD = "correct horse battery";

describe("users", () => {
  it("stores the address lowercased and an argon2id hash, never the password", async () => {
    const user = await createUser(
      store,
      {
        email: " Anna@Example.NL ",
        name: "Anna",
        role: "admin",
        password: PASSWORD,
      },
      BY_ADMIN,
    );
    expect(user.email).toBe("anna@example.nl");
    const row = await findUserByEmail(store, "ANNA@example.nl");
    expect(row?.id).toBe(user.id);
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.password_hash).not.toContain(PASSWORD);
    expect(Object.keys(user)).not.toContain("passwordHash");
  });

  it("refuses a second account for the same address in another case", async () => {
    await createUser(store, { email: "anna@example.nl", name: "Anna", role: "admin", password: PASSWORD }, BY_ADMIN);
    const again = createUser(
      store,
      { email: "ANNA@example.nl", name: "A", role: "support", password: PASSWORD },
      BY_ADMIN,
    );
    await expect(again).rejects.toMatchObject({ field: "email" });
  });

  it.each([
    ["email", { email: "not-an-address", name: "X", role: "admin", password: PASSWORD }],
    ["name", { email: "x@example.nl", name: "  ", role: "admin", password: PASSWORD }],
    ["role", { email: "x@example.nl", name: "X", role: "root", password: PASSWORD }],
    ["password", { email: "x@example.nl", name: "X", role: "admin", password: "short" }],
  ])("names the field at fault (%s) without repeating the value", async (field, input) => {
    const error = await createUser(store, input, BY_ADMIN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthInputError);
    expect((error as AuthInputError).field).toBe(field);
    expect((error as Error).message).not.toContain(input.password === "short" ? "short" : "not-an-address");
  });

  it("disables an account and ends its sessions; the last admin stays", async () => {
    const admin = await createUser(
      store,
      { email: "a@example.nl", name: "A", role: "admin", password: PASSWORD },
      BY_ADMIN,
    );
    const officer = await createUser(
      store,
      {
        email: "p@example.nl",
        name: "P",
        role: "privacy_officer",
        password: PASSWORD,
      },
      BY_ADMIN,
    );
    const session = await createSession(store, officer.id);
    expect(await resolveSession(store, session.token)).toBeDefined();

    expect(await disableUser(store, officer.id, BY_ADMIN)).toBe(true);
    expect(await disableUser(store, officer.id, BY_ADMIN)).toBe(false);
    expect(await resolveSession(store, session.token)).toBeUndefined();
    expect((await findUser(store, officer.id))?.disabledAt).not.toBeNull();

    await expect(disableUser(store, admin.id, BY_ADMIN)).rejects.toMatchObject({ field: "user" });
    expect((await listUsers(store)).map((u) => u.email)).toEqual(["a@example.nl", "p@example.nl"]);
  });
});
