import { beforeEach, describe, expect, it } from "vitest";
import {
  AccessGrantError,
  approveGrant,
  closeEngagement,
  createGrantVerifier,
  decideAsCustomer,
  grantKeySet,
  issueGrantToken,
  openEngagement,
  reportGrantUse,
  requestGrant,
  revocationList,
  revokeGrant,
  tenantAccessLog,
} from "../../src/access-grants/index.js";
import { readAudit, verifyStoredAudit } from "../../src/audit/index.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { type GrantFixture, grantFixture, ISSUER, later, staffGrant } from "./fixture.js";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof AccessGrantError ? { kind: error.kind, field: error.field } : error),
  );

await describeEachStore("support access grants", (kind) => {
  const testStore = useTestStore(kind);
  let f: GrantFixture;
  const verifier = () => createGrantVerifier(grantKeySet(f.deps.env), { issuer: ISSUER });

  beforeEach(async () => {
    await testStore().empty();
    f = await grantFixture(testStore().store);
  });

  it("opens an approved grant, signs a token the published keys verify, and logs every use for the tenant", async () => {
    const asked = await requestGrant(f.deps, { ...staffGrant, durationMinutes: 60 });
    expect(asked.state).toBe("requested");
    expect(await refusal(issueGrantToken(f.deps, asked.id, "user:approver"))).toMatchObject({ kind: "conflict" });
    const approved = await approveGrant(f.deps, asked.id, "user:approver");
    expect(approved).toMatchObject({ state: "active", approvedBy: "user:approver", customerApproval: "not_required" });
    expect(approved.expiresAt).toBe("2026-03-02T10:00:00.000Z");

    const { token } = await issueGrantToken(f.deps, asked.id, "user:approver");
    const checked = verifier().verify(token, { now: f.clock.now, tenant: "tenant-42" });
    expect(checked).toMatchObject({ ok: true, claims: { jti: asked.id, sub: "staff-7", tenant: "tenant-42" } });
    expect(verifier().verify(token, { now: f.clock.now, tenant: "tenant-9" })).toEqual({
      ok: false,
      refusal: "wrong-tenant",
    });

    later(f.clock, 5);
    await reportGrantUse(f.deps, { grantId: asked.id, tenant: "tenant-42", action: "invoice.read", actor: "api:app" });
    await reportGrantUse(f.deps, { grantId: asked.id, tenant: "tenant-42", action: "invoice.fix", actor: "api:app" });
    const trail = await readAudit(testStore().store, { subjectType: "access_grant", subjectId: asked.id });
    expect(trail.map((e) => e.action)).toEqual([
      "access_grant.requested",
      "access_grant.approved",
      "access_grant.token_issued",
      "access_grant.used",
      "access_grant.used",
    ]);
    const [log] = await tenantAccessLog(f.deps, "tenant-42");
    expect(log).toMatchObject({ reason: staffGrant.reason, reference: { kind: "ticket", id: "SUP-1234" } });
    expect(log!.uses.map((u) => [u.action, u.withinGrant])).toEqual([
      ["invoice.read", true],
      ["invoice.fix", true],
    ]);
    expect(await tenantAccessLog(f.deps, "tenant-9")).toEqual([]);
    expect((await verifyStoredAudit(testStore().store)).ok).toBe(true);
  });

  it("refuses a token for a grant whose time is up, and stops issuing tokens for it", async () => {
    const asked = await requestGrant(f.deps, { ...staffGrant, durationMinutes: 10 });
    await approveGrant(f.deps, asked.id, "user:approver");
    const { token, expiresAt } = await issueGrantToken(f.deps, asked.id, "user:approver");
    // The token ends with its grant, before its own lifetime would.
    expect(expiresAt).toBe("2026-03-02T09:10:00.000Z");
    later(f.clock, 11);
    expect(verifier().verify(token, { now: f.clock.now })).toEqual({ ok: false, refusal: "expired" });
    expect(await refusal(issueGrantToken(f.deps, asked.id, "user:approver"))).toMatchObject({ kind: "conflict" });
    await reportGrantUse(f.deps, { grantId: asked.id, tenant: "tenant-42", action: "invoice.read", actor: "api:app" });
    const [log] = await tenantAccessLog(f.deps, "tenant-42");
    expect(log).toMatchObject({ state: "expired", uses: [{ withinGrant: false }] });
  });

  it("refuses a token for a revoked grant through the signed revocation list, checked with the published keys", async () => {
    const asked = await requestGrant(f.deps, staffGrant);
    await approveGrant(f.deps, asked.id, "user:approver");
    const { token } = await issueGrantToken(f.deps, asked.id, "user:approver");
    later(f.clock, 1);
    const before = verifier().verifyRevocations(await revocationList(f.deps), f.clock.now);
    expect(before.ok && verifier().verify(token, { now: f.clock.now, revocations: before.claims }).ok).toBe(true);

    await revokeGrant(f.deps, asked.id, "the ticket was solved", "user:approver");
    const list = verifier().verifyRevocations(await revocationList(f.deps), f.clock.now);
    if (!list.ok) throw new Error(list.refusal);
    expect(list.claims.revoked).toEqual([asked.id]);
    expect(verifier().verify(token, { now: f.clock.now, revocations: list.claims })).toEqual({
      ok: false,
      refusal: "revoked",
    });
    // A list older than its freshness is refused, so a stale copy cannot hide a revocation.
    later(f.clock, 6);
    expect(
      verifier().verifyRevocations(
        await revocationList({ ...f.deps, now: () => new Date("2026-03-02T09:00:00Z") }),
        f.clock.now,
      ),
    ).toEqual({
      ok: false,
      refusal: "expired",
    });
    expect(await refusal(revokeGrant(f.deps, asked.id, "again", "user:approver"))).toMatchObject({ kind: "conflict" });
  });

  it("signs nothing without a signing key, and gives no grant where the register declares no support access", async () => {
    const asked = await requestGrant(f.deps, staffGrant);
    await approveGrant(f.deps, asked.id, "user:approver");
    const unsigned = { ...f.deps, env: {} };
    expect(await refusal(issueGrantToken(unsigned, asked.id, "user:approver"))).toMatchObject({
      kind: "not-configured",
    });
    expect(await refusal(revocationList(unsigned))).toMatchObject({ kind: "not-configured" });
    expect(grantKeySet({}).keys).toEqual([]);
    const { support_access: _none, ...register } = f.deps.register;
    expect(await refusal(requestGrant({ ...f.deps, register: { ...register } }, staffGrant))).toMatchObject({
      kind: "not-configured",
    });
  });

  it("lets nobody approve their own grant and no grant run longer than the register's max_duration", async () => {
    const asked = await requestGrant(f.deps, staffGrant);
    expect(asked.durationMinutes).toBe(8 * 60);
    expect(await refusal(approveGrant(f.deps, asked.id, staffGrant.actor))).toMatchObject({ kind: "conflict" });
    expect(await refusal(requestGrant(f.deps, { ...staffGrant, durationMinutes: 8 * 60 + 1 }))).toEqual({
      kind: "invalid",
      field: "durationMinutes",
    });
    expect(await refusal(requestGrant(f.deps, { ...staffGrant, reason: " " }))).toEqual({
      kind: "invalid",
      field: "reason",
    });
  });

  it("gives an external party a grant only while the project or incident it names is open", async () => {
    const helpdesk = { ...staffGrant, party: "helpdesk", reference: { kind: "project" as const, id: "PRJ-7" } };
    expect(await refusal(requestGrant(f.deps, helpdesk))).toEqual({ kind: "conflict", field: "reference.id" });
    expect(await refusal(requestGrant(f.deps, { ...helpdesk, party: "sales" }))).toEqual({
      kind: "invalid",
      field: "party",
    });
    expect(await refusal(requestGrant(f.deps, { ...helpdesk, reference: { kind: "ticket", id: "SUP-1" } }))).toEqual({
      kind: "invalid",
      field: "reference.kind",
    });
    // Database administrators only in an incident, as the register says.
    await openEngagement(f.deps, { kind: "project", reference: "PRJ-7", title: "upgrade", actor: "user:po" });
    expect(await refusal(requestGrant(f.deps, { ...helpdesk, party: "dba" }))).toMatchObject({ kind: "invalid" });

    const asked = await requestGrant(f.deps, helpdesk);
    await approveGrant(f.deps, asked.id, "user:approver");
    const { token } = await issueGrantToken(f.deps, asked.id, "user:approver");
    expect(await closeEngagement(f.deps, "project", "PRJ-7", "user:po")).toEqual([asked.id]);
    const list = verifier().verifyRevocations(await revocationList(f.deps), f.clock.now);
    expect(list.ok && verifier().verify(token, { now: f.clock.now, revocations: list.claims })).toEqual({
      ok: false,
      refusal: "revoked",
    });
    expect(await refusal(requestGrant(f.deps, helpdesk))).toMatchObject({ kind: "conflict" });
  });

  describe("when the register wants the tenant's own approval", () => {
    beforeEach(async () => {
      f = await grantFixture(testStore().store, { customerApproval: true });
    });

    it("keeps a grant closed until the tenant approves, and a decline ends it", async () => {
      const asked = await requestGrant(f.deps, staffGrant);
      const waiting = await approveGrant(f.deps, asked.id, "user:approver");
      expect(waiting).toMatchObject({ state: "awaiting_customer", customerApproval: "awaiting", expiresAt: null });
      expect(await refusal(issueGrantToken(f.deps, asked.id, "user:approver"))).toMatchObject({ kind: "conflict" });
      await reportGrantUse(f.deps, {
        grantId: asked.id,
        tenant: "tenant-42",
        action: "invoice.read",
        actor: "api:app",
      });

      later(f.clock, 10);
      const open = await decideAsCustomer(f.deps, asked.id, {
        decision: "approve",
        tenant: "tenant-42",
        by: "tenant-user-3",
        actor: "api:app",
      });
      expect(open).toMatchObject({
        state: "active",
        customerApproval: "approved",
        startsAt: f.clock.now.toISOString(),
      });
      const { token } = await issueGrantToken(f.deps, asked.id, "user:approver");
      expect(verifier().verify(token, { now: f.clock.now }).ok).toBe(true);
      const [log] = await tenantAccessLog(f.deps, "tenant-42");
      expect(log).toMatchObject({ customerDecidedBy: "tenant-user-3", uses: [{ withinGrant: false }] });

      const other = await requestGrant(f.deps, staffGrant);
      expect(
        await refusal(
          decideAsCustomer(f.deps, other.id, { decision: "approve", tenant: "tenant-9", by: "x", actor: "api:app" }),
        ),
      ).toMatchObject({ kind: "not-found" });
      expect(
        await decideAsCustomer(f.deps, other.id, {
          decision: "decline",
          tenant: "tenant-42",
          by: "tenant-user-3",
          actor: "api:app",
        }),
      ).toMatchObject({ state: "declined", customerApproval: "declined" });
      expect(await refusal(approveGrant(f.deps, other.id, "user:approver"))).toMatchObject({ kind: "conflict" });
    });

    it("opens at the company's approval when the tenant approved first", async () => {
      const asked = await requestGrant(f.deps, staffGrant);
      const approvedFirst = await decideAsCustomer(f.deps, asked.id, {
        decision: "approve",
        tenant: "tenant-42",
        by: "t-3",
        actor: "api:app",
      });
      expect(approvedFirst.state).toBe("requested");
      expect((await approveGrant(f.deps, asked.id, "user:approver")).state).toBe("active");
    });
  });
});
