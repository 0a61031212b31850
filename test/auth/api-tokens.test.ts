import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "../../src/auth/index.js";
import type { Store } from "../../src/store/open.js";
import { tempStore } from "./temp-store.js";

let store: Store;
let dispose: () => Promise<void>;
const T0 = new Date("2025-03-05T09:00:00.000Z");
const AT_T0 = { actor: "user:test", now: T0 };

beforeEach(async () => {
  ({ store, dispose } = await tempStore());
});
afterEach(() => dispose());

describe("API tokens", () => {
  it("hands the value out once and stores its sha256 and scopes in a fixed order", async () => {
    const { token, apiToken } = await createApiToken(
      store,
      { name: "CRM", scopes: ["requests:write", "requests:read"] },
      AT_T0,
    );
    expect(apiToken.scopes).toEqual(["requests:read", "requests:write"]);
    const rows = await store.db.selectFrom("api_tokens").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await listApiTokens(store))[0]).not.toHaveProperty("token");
  });

  it("makes a token for one tenant, with only the scopes a tenant may hold", async () => {
    const { token } = await createApiToken(
      store,
      { name: "Customer A", scopes: ["requests:read", "requests:write"], tenant: " tenant-a " },
      AT_T0,
    );
    expect(await authenticateApiToken(store, token, T0)).toMatchObject({ tenant: "tenant-a" });
    await expect(
      createApiToken(store, { name: "A", scopes: ["requests:decide"], tenant: "tenant-a" }, AT_T0),
    ).rejects.toThrow(/a tenant's token holds only requests:read, requests:write/);
    await expect(createApiToken(store, { name: "A", scopes: ["requests:read"], tenant: "  " }, AT_T0)).rejects.toThrow(
      /tenant's key/,
    );
    const own = await createApiToken(store, { name: "CRM", scopes: ["requests:decide"] }, AT_T0);
    expect(own.apiToken.tenant).toBeNull();
  });

  it("authenticates a live token and records when it was last used", async () => {
    const { token, apiToken } = await createApiToken(store, { name: "CRM", scopes: ["requests:read"] }, AT_T0);
    const seen = await authenticateApiToken(store, token, T0);
    expect(seen).toMatchObject({ id: apiToken.id, scopes: ["requests:read"], lastUsedAt: T0.toISOString() });
    const later = new Date(T0.getTime() + 120_000);
    await authenticateApiToken(store, token, later);
    expect((await listApiTokens(store))[0]?.lastUsedAt).toBe(later.toISOString());
  });

  it("refuses revoked, unknown and malformed tokens", async () => {
    const { token, apiToken } = await createApiToken(store, { name: "CRM", scopes: ["requests:read"] }, AT_T0);
    expect(await revokeApiToken(store, apiToken.id, AT_T0)).toBe(true);
    expect(await revokeApiToken(store, apiToken.id, AT_T0)).toBe(false);
    expect(await authenticateApiToken(store, token, T0)).toBeUndefined();
    expect(await authenticateApiToken(store, `${token.slice(0, -2)}xx`, T0)).toBeUndefined();
    expect(await authenticateApiToken(store, "Bearer something", T0)).toBeUndefined();
    expect(await authenticateApiToken(store, undefined, T0)).toBeUndefined();
  });

  it("refuses unknown scopes and empty names by field", async () => {
    await expect(createApiToken(store, { name: "x", scopes: ["admin:all"] }, AT_T0)).rejects.toMatchObject({
      field: "scopes",
    });
    await expect(createApiToken(store, { name: "x", scopes: [] }, AT_T0)).rejects.toMatchObject({ field: "scopes" });
    await expect(createApiToken(store, { name: " ", scopes: ["requests:read"] }, AT_T0)).rejects.toMatchObject({
      field: "name",
    });
  });
});
