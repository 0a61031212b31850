import { afterAll, beforeAll, expect, it } from "vitest";
import { listBreaches } from "../../src/breaches/index.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { type ConsoleHarness, consoleHarness, get, post } from "../http/admin/harness.js";

await describeEachStore("the breach register in the admin console", (kind) => {
  const testStore = useTestStore(kind);
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await consoleHarness(testStore());
  });
  afterAll(() => h.close());

  it("records a breach, shows its clock and duties, and completes what the draft lacks", async () => {
    // The harness's clock stands at 2025-03-05T09:00Z: 24 hours after awareness, 48 are left.
    const fields = { title: "Open recipient list", awareAt: "2025-03-04T09:00:00Z" };
    const recorded = await post(h.app, "/admin/breaches", h.as.privacy_officer, fields);
    expect(recorded.statusCode, recorded.body).toBe(303);
    const [breach] = await listBreaches(h.ctx);
    expect(recorded.headers.location).toBe(`/admin/breaches/${breach!.id}?done=recorded`);

    const page = await get(h.app, `/admin/breaches/${breach!.id}?lang=en`, h.as.privacy_officer);
    expect(page.body).toContain("48 hours 0 minutes left before the 72 hours run out");
    expect(page.body).toContain("Notify by: 7 March 2025 10:00");
    expect(page.body).toContain("The draft is not ready yet");
    expect(page.body).toContain('<label for="summary">What happened</label>');

    const updated = await post(h.app, `/admin/breaches/${breach!.id}`, h.as.privacy_officer, {
      risk: "high",
      nature: ["confidentiality", "integrity"],
      summary: "every address visible",
    });
    expect(updated.statusCode, updated.body).toBe(303);
    const after = await get(h.app, `/admin/breaches/${breach!.id}`, h.as.auditor);
    expect(after.body).toContain("hoog risico");
    expect(after.body).toContain("every address visible");
    expect(after.body).not.toContain(`action="/admin/breaches/${breach!.id}"`);

    const draft = await get(h.app, `/admin/breaches/${breach!.id}/draft?lang=nl`, h.as.auditor);
    expect(draft.body).toContain("vertrouwelijkheid, integriteit");
    expect(draft.body).toContain("niet vastgelegd");
    expect(draft.body).toContain("Grensoverschrijdende aspecten");
    const document = await get(h.app, `/admin/breaches/${breach!.id}/draft.html?lang=en`, h.as.auditor);
    expect(document.headers["content-disposition"]).toBe(`attachment; filename="breach-${breach!.reference}-en.html"`);
    expect(document.body).toContain('<html lang="en">');

    const list = await get(h.app, "/admin/breaches", h.as.auditor);
    expect(list.body).toContain(breach!.reference);
    expect(list.body).not.toContain('action="/admin/breaches"');
    const csv = await get(h.app, "/admin/breaches/export.csv", h.as.auditor);
    expect(csv.body).toContain("Open recipient list");
    expect((await get(h.app, "/admin/breaches", h.as.support)).statusCode).toBe(403);
  });

  it("puts a refused field back beside its input", async () => {
    const response = await post(h.app, "/admin/breaches", h.as.privacy_officer, { title: "x", awareAt: "yesterday" });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="awareAt-error"');
    expect(response.body).toContain('value="yesterday"');
    const [breach] = await listBreaches(h.ctx);
    const bad = await post(h.app, `/admin/breaches/${breach!.id}`, h.as.privacy_officer, { risk: "medium" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="risk-error"');
  });
});
