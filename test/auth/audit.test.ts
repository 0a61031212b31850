import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import {
  createApiToken,
  createUser,
  disableUser,
  revokeApiToken,
  SignInLimiter,
  signIn,
} from "../../src/auth/index.js";
import type { Store } from "../../src/store/open.js";
import { tempStore } from "./temp-store.js";

let store: Store;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ store, dispose } = await tempStore());
});
afterEach(() => dispose());

const PASSWORD = "a long enough password";
const BY_ADMIN = { actor: "user:admin-1" };

describe("audit trail of accounts and tokens", () => {
  it("records each change with ids, roles and scopes, never an address or a name", async () => {
    const user = await createUser(
      store,
      { email: "p@example.nl", name: "Petra", role: "privacy_officer", password: PASSWORD },
      BY_ADMIN,
    );
    await signIn(store, new SignInLimiter(store), { email: "p@example.nl", password: PASSWORD, address: "192.0.2.1" });
    await signIn(store, new SignInLimiter(store), {
      email: "p@example.nl",
      password: "wrong password!",
      address: "192.0.2.1",
    });
    await disableUser(store, user.id, BY_ADMIN);
    await disableUser(store, user.id, BY_ADMIN);
    const { apiToken } = await createApiToken(store, { name: "CRM", scopes: ["requests:read"] }, { actor: "cli" });
    await revokeApiToken(store, apiToken.id, { actor: "cli" });

    const entries = await readAudit(store);
    expect(entries.map((e) => [e.actor, e.action, e.subject_id, JSON.parse(e.data)])).toEqual([
      ["user:admin-1", "user.create", user.id, { role: "privacy_officer" }],
      [`user:${user.id}`, "auth.sign_in", user.id, {}],
      ["user:admin-1", "user.disable", user.id, {}],
      ["cli", "token.create", apiToken.id, { scopes: ["requests:read"] }],
      ["cli", "token.revoke", apiToken.id, {}],
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/p@example|Petra|CRM/);
    expect((await verifyStoredAudit(store)).ok).toBe(true);
  });
});
