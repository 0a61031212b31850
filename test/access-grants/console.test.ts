import { afterAll, beforeAll, expect, it } from "vitest";
import { decideAsCustomer, listGrants, reportGrantUse } from "../../src/access-grants/index.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { type ConsoleHarness, consoleHarness, get, post } from "../http/admin/harness.js";

await describeEachStore("support access in the admin console", (kind) => {
  const testStore = useTestStore(kind);
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await consoleHarness(testStore());
  });
  afterAll(() => h.close());

  it("lets support ask, a privacy officer approve, and shows the token once and every use", async () => {
    const fields = {
      tenant: "tenant-42",
      party: "staff",
      reason: "export fails",
      referenceKind: "ticket",
      reference: "S-1",
    };
    const asked = await post(h.app, "/admin/access-grants", h.as.support, fields);
    expect(asked.statusCode, asked.body).toBe(303);
    const detail = asked.headers.location as string;
    const [grant] = await listGrants(h.ctx);
    expect(detail).toBe(`/admin/access-grants/${grant!.id}?done=requested`);
    expect((await get(h.app, detail, h.as.support)).body).toContain("wacht op goedkeuring");

    // The support role may not approve, and nobody approves their own request.
    expect((await post(h.app, `/admin/access-grants/${grant!.id}/approve`, h.as.support, {})).statusCode).toBe(403);
    const approved = await post(h.app, `/admin/access-grants/${grant!.id}/approve`, h.as.privacy_officer, {});
    expect(approved.statusCode).toBe(303);
    const waiting = await get(h.app, `/admin/access-grants/${grant!.id}?lang=en`, h.as.privacy_officer);
    expect(waiting.body).toContain("awaiting the customer");

    await decideAsCustomer(h.ctx, grant!.id, { decision: "approve", tenant: "tenant-42", by: "t-1", actor: "api:app" });
    const token = await post(h.app, `/admin/access-grants/${grant!.id}/token`, h.as.support, {});
    expect(token.statusCode).toBe(201);
    expect(token.body).toMatch(/<code>[\w-]+\.[\w-]+\.[\w-]+<\/code>/);
    await reportGrantUse(h.ctx, { grantId: grant!.id, tenant: "tenant-42", action: "export.retry", actor: "api:app" });
    const page = await get(h.app, `/admin/access-grants/${grant!.id}`, h.as.auditor);
    expect(page.body).toContain("<code>export.retry</code>");
    expect(page.body).not.toMatch(/<code>[\w-]+\.[\w-]+\.[\w-]+<\/code>/);
    // The auditor reads, and gets no button to change anything.
    expect(page.body).not.toContain(`/admin/access-grants/${grant!.id}/revoke`);
  });

  it("puts a refused field back beside its input, labelled", async () => {
    const response = await post(h.app, "/admin/access-grants", h.as.support, {
      tenant: "tenant-42",
      party: "staff",
      reason: "export fails",
      referenceKind: "ticket",
      reference: "S-2",
      minutes: "100000",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="minutes-error"');
    expect(response.body).toMatch(/<label for="minutes">/);
    expect(response.body).toContain('aria-invalid="true"');
  });

  it("lets a privacy officer open and close a project, and hides that from support", async () => {
    const opened = await post(h.app, "/admin/access-grants/engagements", h.as.privacy_officer, {
      kind: "project",
      engagementRef: "PRJ-1",
      title: "upgrade",
    });
    expect(opened.headers.location).toBe("/admin/access-grants?done=opened");
    const page = await get(h.app, "/admin/access-grants?lang=en", h.as.privacy_officer);
    expect(page.body).toContain('aria-label="Close: Project PRJ-1"');
    expect((await get(h.app, "/admin/access-grants", h.as.support)).body).not.toContain("engagements/close");
    const again = await post(h.app, "/admin/access-grants/engagements", h.as.privacy_officer, {
      kind: "project",
      engagementRef: "PRJ-1",
      title: "upgrade",
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('id="engagementRef-error"');
    const closed = await post(h.app, "/admin/access-grants/engagements/close", h.as.privacy_officer, {
      kind: "project",
      engagementRef: "PRJ-1",
    });
    expect(closed.headers.location).toBe("/admin/access-grants?done=closed");
    expect((await get(h.app, "/admin/access-grants", h.as.privacy_officer)).body).not.toContain("PRJ-1");
  });
});
