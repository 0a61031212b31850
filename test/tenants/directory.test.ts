import { beforeEach, expect, it } from "vitest";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import {
  getTenant,
  listTenants,
  setTenant,
  type TenantDeps,
  TenantDirectoryError,
  tenantsByKey,
} from "../../src/tenants/index.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof TenantDirectoryError ? { kind: error.kind, field: error.field } : error),
  );

await describeEachStore("the tenants directory", (kind) => {
  const testStore = useTestStore(kind);
  let clock = new Date("2026-12-01T10:00:00Z");
  let deps: TenantDeps;
  beforeEach(async () => {
    await testStore().empty();
    clock = new Date("2026-12-01T10:00:00Z");
    deps = { store: testStore().store, now: () => clock };
  });

  it("records a tenant, changes only the fields given, and lists the entries by key", async () => {
    const created = await setTenant(deps, " b ", { name: "Bakkerij B", email: "privacy@b.example" }, "operator");
    expect(created).toEqual({
      key: "b",
      name: "Bakkerij B",
      email: "privacy@b.example",
      url: null,
      callbackUrl: null,
      createdAt: "2026-12-01T10:00:00.000Z",
      updatedAt: "2026-12-01T10:00:00.000Z",
    });
    await setTenant(deps, "a", { name: "Atelier A", url: "https://a.example/privacy" }, "operator");
    clock = new Date("2026-12-02T10:00:00Z");
    const changed = await setTenant(deps, "b", { url: "https://b.example/privacy" }, "api:t1");
    expect(changed).toMatchObject({ name: "Bakkerij B", email: "privacy@b.example", url: "https://b.example/privacy" });
    expect(changed.createdAt).toBe("2026-12-01T10:00:00.000Z");
    expect(changed.updatedAt).toBe("2026-12-02T10:00:00.000Z");
    expect(await getTenant(deps, "b")).toEqual(changed);
    expect((await listTenants(deps)).map((t) => t.key)).toEqual(["a", "b"]);
    expect([...(await tenantsByKey(deps, ["b", "unknown"])).keys()]).toEqual(["b"]);
  });

  it("audits each change by the fields' names, never their values, and nothing for no change", async () => {
    await setTenant(deps, "a", { name: "Atelier A", email: "jan@a.example" }, "operator");
    await setTenant(deps, "a", { email: "privacy@a.example" }, "api:t1");
    await setTenant(deps, "a", { name: "Atelier A" }, "api:t1");
    const entries = await readAudit(deps.store, { subjectType: "tenant", subjectId: "a" });
    expect(entries.map((e) => [e.actor, e.action, JSON.parse(e.data)])).toEqual([
      ["operator", "tenant.created", { fields: ["name", "privacy_email"] }],
      ["api:t1", "tenant.updated", { fields: ["privacy_email"] }],
    ]);
    expect(JSON.stringify(entries)).not.toContain("example");
    expect((await verifyStoredAudit(deps.store)).ok).toBe(true);
  });

  it("refuses bad input by the field at fault and changes nothing", async () => {
    expect(await refusal(setTenant(deps, "a", { email: "privacy@a.example" }, "operator"))).toEqual({
      kind: "invalid",
      field: "name",
    });
    expect(await refusal(setTenant(deps, "a", { name: "Atelier A" }, "operator"))).toEqual({
      kind: "invalid",
      field: "email",
    });
    expect(await refusal(setTenant(deps, "a", { name: "A", email: "not an address" }, "operator"))).toEqual({
      kind: "invalid",
      field: "email",
    });
    expect(await refusal(setTenant(deps, "a", { name: "A", url: "javascript:alert(1)" }, "operator"))).toEqual({
      kind: "invalid",
      field: "url",
    });
    for (const callbackUrl of ["http://a.example/hooks", "ftp://a.example", "https://user:pw@a.example/", "not a url"])
      expect(
        await refusal(setTenant(deps, "a", { name: "A", url: "https://a.example", callbackUrl }, "operator")),
      ).toEqual({ kind: "invalid", field: "callbackUrl" });
    expect(await refusal(setTenant(deps, " ", { name: "A", url: "https://a.example" }, "operator"))).toEqual({
      kind: "invalid",
      field: "key",
    });
    await setTenant(deps, "a", { name: "A", url: "https://a.example" }, "operator");
    // Clearing the only contact would leave a referral with no way to reach the customer.
    expect(await refusal(setTenant(deps, "a", { url: null }, "operator"))).toEqual({ kind: "invalid", field: "email" });
    expect((await getTenant(deps, "a")).url).toBe("https://a.example");
    expect(await refusal(getTenant(deps, "b"))).toEqual({ kind: "not-found", field: undefined });
  });
});
