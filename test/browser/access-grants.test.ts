import { describe, expect, it } from "vitest";
import { createGrantVerifier, decideAsCustomer, listGrants, reportGrantUse } from "../../src/access-grants/index.js";
import { browserAvailable, consoleHarness } from "./console-harness.js";

describe.skipIf(!browserAvailable("access grant"))("support access in the admin console, in a browser", () => {
  const harness = consoleHarness("access-grants", [
    ["support@klantwijs.example", "support"],
    ["po@klantwijs.example", "privacy_officer"],
  ]);
  const { signedIn, shot } = harness;

  it(
    "support asks by keyboard, the privacy officer approves, and the token verifies",
    { timeout: 120_000 },
    async () => {
      const support = await signedIn("support@klantwijs.example", "en-GB");
      await support.getByRole("link", { name: "Support access" }).click();
      await support.getByLabel("Tenant").fill("tenant-42");
      await support.getByLabel("Reason").fill("the export of invoices fails");
      await support.getByLabel("Ticket, project or incident number").fill("SUP-1234");
      await support.getByLabel("Duration in minutes").fill("60");
      await shot(support, "access-grants-1-ask-en");
      await support.getByLabel("Duration in minutes").press("Enter");
      await support.waitForURL(/\/admin\/access-grants\/[0-9a-f-]+\?done=requested/);
      await expect(support.getByText("awaiting approval").count()).resolves.toBeGreaterThan(0);
      await expect(support.getByRole("button", { name: "Approve" }).count()).resolves.toBe(0);
      await shot(support, "access-grants-2-requested-en");

      const officer = await signedIn("po@klantwijs.example", "nl-NL");
      await officer.goto(`${harness.service.adminUrl}access-grants?lang=nl`);
      await shot(officer, "access-grants-3-list-nl");
      await officer.getByRole("link", { name: "tenant-42" }).click();
      await officer.getByRole("button", { name: "Goedkeuren" }).focus();
      await officer.keyboard.press("Enter");
      await officer.waitForURL(/done=approved/);
      await expect(officer.getByText("wacht op de klant").count()).resolves.toBeGreaterThan(0);
      await shot(officer, "access-grants-4-awaiting-customer-nl");

      const [grant] = await listGrants(harness.service.ctx);
      await decideAsCustomer(harness.service.ctx, grant!.id, {
        decision: "approve",
        tenant: "tenant-42",
        by: "t-1",
        actor: "api:app",
      });
      await reportGrantUse(harness.service.ctx, {
        grantId: grant!.id,
        tenant: "tenant-42",
        action: "invoice.export",
        actor: "api:app",
      });
      await support.reload();
      await support.getByRole("button", { name: "Make a token" }).click();
      const token = await support.locator(".notice code").innerText();
      await shot(support, "access-grants-5-token-en");
      const keys = await (await fetch(new URL("/.well-known/jwks.json", harness.service.ctx.publicUrl))).json();
      const verifier = createGrantVerifier(keys, { issuer: harness.service.ctx.publicUrl.replace(/\/+$/, "") });
      expect(verifier.verify(token, { tenant: "tenant-42" })).toMatchObject({ ok: true, claims: { jti: grant!.id } });
      await expect(support.getByRole("cell", { name: "invoice.export" }).count()).resolves.toBe(1);
    },
  );
});
