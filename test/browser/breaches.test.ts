import { describe, expect, it } from "vitest";
import { formatMoment, listBreaches, notifyDeadline } from "../../src/breaches/index.js";
import { browserAvailable, consoleHarness } from "./console-harness.js";

describe.skipIf(!browserAvailable("breach register"))("the breach register in the admin console, in a browser", () => {
  const harness = consoleHarness("breaches", [
    ["po@klantwijs.example", "privacy_officer"],
    ["auditor@klantwijs.example", "auditor"],
  ]);
  const { signedIn, shot } = harness;

  it(
    "the privacy officer records a breach by keyboard, assesses it, and reads the draft; the auditor reads the register",
    { timeout: 120_000 },
    async () => {
      // A day ago, so the 72 hours are still running whenever the test runs; the deadline follows from it alone.
      const awareAt = new Date(Date.now() - 24 * 3_600_000);
      awareAt.setUTCSeconds(0, 0);
      const officer = await signedIn("po@klantwijs.example", "en-GB");
      await officer.getByRole("link", { name: "Breaches" }).click();
      await officer.getByLabel("Short description").fill("Mailing with visible recipients");
      await officer.getByLabel("Became aware on").fill(awareAt.toISOString());
      await shot(officer, "breaches-1-record-en");
      await officer.getByLabel("Became aware on").press("Enter");
      await officer.waitForURL(/\/admin\/breaches\/[0-9a-f-]+\?done=recorded/);
      const deadline = formatMoment(notifyDeadline(awareAt.toISOString()).toISOString(), "en");
      await expect(officer.getByText(`Notify by: ${deadline}`).count()).resolves.toBe(1);
      await expect(officer.getByText("left before the 72 hours run out").count()).resolves.toBe(1);
      await expect(officer.getByText("The draft is not ready yet").count()).resolves.toBe(1);
      await shot(officer, "breaches-2-recorded-en");

      await officer.getByLabel("high risk").focus();
      await officer.keyboard.press("Space");
      await officer.getByLabel("confidentiality").focus();
      await officer.keyboard.press("Space");
      await officer.getByLabel("What happened").fill("A mailing showed every recipient's address.");
      await officer.getByLabel("Likely consequences").fill("phishing aimed at the people concerned");
      await officer.getByRole("button", { name: "Save" }).focus();
      await officer.keyboard.press("Enter");
      await officer.waitForURL(/done=updated/);
      await expect(officer.getByRole("definition").filter({ hasText: "required" }).count()).resolves.toBe(2);
      await shot(officer, "breaches-3-assessed-en");

      await officer.getByRole("link", { name: "Draft notification (Dutch)" }).click();
      await expect(officer.getByRole("heading", { name: "Aard van het incident" }).count()).resolves.toBe(1);
      await expect(officer.getByText("niet vastgelegd").count()).resolves.toBeGreaterThan(0);
      await shot(officer, "breaches-4-draft-nl");

      const auditor = await signedIn("auditor@klantwijs.example", "nl-NL");
      await auditor.goto(`${harness.service.adminUrl}breaches?lang=nl`);
      const [breach] = await listBreaches(harness.service.ctx);
      await expect(auditor.getByRole("link", { name: breach!.reference }).count()).resolves.toBe(1);
      await expect(auditor.getByRole("button", { name: "Vastleggen" }).count()).resolves.toBe(0);
      await expect(auditor.getByRole("link", { name: "Register als CSV" }).count()).resolves.toBe(1);
      await shot(auditor, "breaches-5-register-nl");
    },
  );
});
