import { afterAll, beforeAll, expect, it } from "vitest";
import { openNotice } from "../../src/requests/notices.js";
import { describeEachStore, useTestStore } from "../helpers/stores.js";
import { type ConsoleHarness, consoleHarness, get, post } from "../http/admin/harness.js";
import { fileVerified } from "../http/admin/service.js";

const DAY = 86_400_000;

await describeEachStore("processors and Art. 19 notices in the admin console", (kind) => {
  const testStore = useTestStore(kind);
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await consoleHarness(testStore());
    // The harness's clock stands at 2025-03-05: one review overdue, one due within the 30 days.
    h.ctx.register.recipients.accountant!.agreement = {
      status: "signed",
      signed_on: "2024-03-01",
      review_due: "2025-03-01",
    };
    h.ctx.register.recipients.helpdesk!.agreement = {
      status: "signed",
      signed_on: "2024-03-20",
      review_every: "1 year",
    };
  });
  afterAll(() => h.close());

  it("lists every processor with its agreement and review, the overdue one marked in words", async () => {
    const page = await get(h.app, "/admin/processors?lang=en", h.as.auditor);
    expect(page.statusCode).toBe(200);
    const row = (name: string) => {
      const at = page.body.indexOf(`<th scope="row">${name}</th>`);
      return page.body
        .slice(at, page.body.indexOf("</tr>", at))
        .replace(/<[^>]+>/g, "|")
        .replace(/\|+/g, "|");
    };
    expect(row("Administratiekantoor De Boer")).toBe(
      "|Administratiekantoor De Boer|signed|1 March 2024|1 March 2025 (4 days overdue)|overdue|0|–|",
    );
    expect(row("Freshworks Inc.")).toContain("|20 March 2025 (in 15 days)|due soon|");
    expect(row("CloudNL Hosting B.V.")).toBe(
      "|CloudNL Hosting B.V.|signed|1 March 2025|1 March 2027 (in 726 days)|scheduled|1|contracts/cloudnl-verwerkersovereenkomst.pdf|",
    );
    expect(page.body).toContain("<strong>overdue</strong>");
    expect(page.body).toContain('href="/admin/processors"');
    expect((await get(h.app, "/admin/processors", h.as.support)).statusCode).toBe(403);
  });

  it("shows a request's notices as sent, then open once unacknowledged, and records an acknowledgement by hand", async () => {
    const { requestId } = await fileVerified(h.ctx, "erasure", "person-notices@example.nl");
    await openNotice(h.ctx, h.store.db, { requestId, recipient: "email_delivery", channel: "email" });
    const sent = await get(h.app, `/admin/requests/${requestId}?lang=en`, h.as.privacy_officer);
    expect(sent.body).toContain("Notices to recipients (Art. 19 GDPR)");
    expect(sent.body).toMatch(/<th scope="row">email_delivery<\/th><td>email<\/td><td>[^<]+<\/td><td>sent<\/td>/);
    expect(sent.body).toContain(`action="/admin/requests/${requestId}/acknowledged"`);

    // Sent 15 days ago: past the 14 days to acknowledge (the session would not outlive moving the clock).
    const earlier = new Date(h.clock.now.getTime() - 15 * DAY).toISOString();
    await h.store.db.updateTable("recipient_acknowledgements").set({ sent_at: earlier }).execute();
    const open = await get(h.app, `/admin/requests/${requestId}?lang=en`, h.as.privacy_officer);
    expect(open.body).toContain("<strong>open: not acknowledged</strong>");

    const done = await post(h.app, `/admin/requests/${requestId}/acknowledged`, h.as.privacy_officer, {
      "acknowledged-recipient": "email_delivery",
      "acknowledged-note": "They replied by mail.",
    });
    expect(done.statusCode, done.body).toBe(303);
    const after = await get(h.app, `/admin/requests/${requestId}?lang=en`, h.as.privacy_officer);
    expect(after.body).toContain(`acknowledged`);
    expect(after.body).toContain(`by user:${h.as.privacy_officer.userId}`);
    expect(after.body).toContain("Recipient acknowledged (Art. 19) (user:");
    expect(after.body).toContain("They replied by mail.");
    expect(after.body).not.toContain(`action="/admin/requests/${requestId}/acknowledged"`);

    const again = await post(h.app, `/admin/requests/${requestId}/acknowledged`, h.as.privacy_officer, {
      "acknowledged-recipient": "email_delivery",
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain("Kies een ontvanger wiens bericht nog op bevestiging wacht.");
  });
});
