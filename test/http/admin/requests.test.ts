import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeRequest } from "../../../src/requests/change.js";
import { fileRequest, fileTenantRequest, PROCESS_QUEUE } from "../../../src/requests/index.js";
import { type ConsoleHarness, consoleHarness, get, post } from "./harness.js";
import { fileVerified, notReached } from "./service.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("requests in the console", (kind) => {
  const testStore = useTestStore(kind);

  let h: ConsoleHarness;
  beforeEach(async () => {
    h = await consoleHarness(testStore());
  });
  afterEach(() => h.close());

  /** Files and verifies a request as if it arrived on `iso`, then puts the clock back. */
  async function filedOn(iso: string, type: "access" | "erasure", email: string): Promise<string> {
    const now = h.clock.now;
    h.clock.now = new Date(iso);
    try {
      return (await fileVerified(h.ctx, type, email)).requestId;
    } finally {
      h.clock.now = now;
    }
  }

  const rowsOf = (html: string) =>
    [...html.matchAll(/<tr><th scope="row"><a href="\/admin\/requests\/([^"]+)">/g)].map((m) => m[1]);

  describe("the request queue", () => {
    it("lists open requests by deadline with days left and overdue and due-soon marks", async () => {
      const late = await filedOn("2025-01-02T10:00:00.000Z", "access", "late@example.nl");
      const later = await filedOn("2025-02-28T10:00:00.000Z", "access", "later@example.nl");
      const soon = await filedOn("2025-02-10T10:00:00.000Z", "access", "soon@example.nl");
      const page = await get(h.app, "/admin/requests", h.as.support);
      expect(page.statusCode).toBe(200);
      expect(rowsOf(page.body)).toEqual([late, soon, later]);
      const row = (id: string) => page.body.slice(page.body.indexOf(`/admin/requests/${id}"`)).split("</tr>")[0]!;
      expect(row(late)).toContain("<strong>Te laat</strong>");
      expect(row(soon)).toContain("<strong>Bijna verlopen</strong>");
      expect(row(later)).toContain("Op tijd");
      expect(row(soon)).toMatch(/<td>10 maart 2025<\/td><td>5<\/td>/);
      // Nothing of who asked appears in the queue.
      expect(page.body).not.toContain("@example.nl\u003c");
      expect(page.body).not.toContain("soon@example.nl");
    });

    it("filters by status with a plain GET form", async () => {
      await filedOn("2025-03-01T10:00:00.000Z", "access", "a@example.nl");
      const erasure = await filedOn("2025-03-01T10:00:00.000Z", "erasure", "b@example.nl");
      const page = await get(h.app, "/admin/requests?status=awaiting_approval", h.as.auditor);
      expect(rowsOf(page.body)).toEqual([erasure]);
      expect(page.body).toContain('<option value="awaiting_approval" selected>');
    });
  });

  describe("the request page", () => {
    it("shows the facts, who asked, the plan preview, the events and the audit trail", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "erasure", "piet@example.nl");
      const page = await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Wacht op goedkeuring");
      expect(page.body).toContain("email: piet@example.nl");
      expect(page.body).toContain("<h2>Wat de verwerking zal doen</h2>");
      expect(page.body).toMatch(/<caption id="plan-table">/);
      expect(page.body).toContain("Code verstuurd");
      expect(page.body).toContain("<h2>Auditlog van dit verzoek</h2>");
      expect(page.body).toContain("request.require_approval");
    });

    it("says in the plan why the run would refuse a tenant's request, in both languages", async () => {
      // Without contacts marked as processed for the tenant, the demo's users (the company's own,
      // with no tenant column) are where a tenant's request would start: it cannot be narrowed.
      const whole = h.ctx.register;
      const datasets = whole.datasets!;
      const contacts = { ...datasets.collections.contacts!, processed_for_tenant: false };
      h.ctx.register = { ...whole, datasets: { ...datasets, collections: { ...datasets.collections, contacts } } };
      try {
        const { requestId: id } = await fileTenantRequest(
          h.ctx,
          { type: "access", identities: [{ type: "email", value: "piet@example.nl" }], lang: "en" },
          { tenant: "a", token: { id: "t-1", name: "customer app" } },
        );
        const dutch = (await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer)).body;
        expect(dutch).toContain(
          "De verwerking weigert dit verzoek voordat er iets gebeurt: a tenant's request starts at",
        );
        expect(dutch).not.toMatch(/<caption id="plan-table">/);
        const english = (await get(h.app, `/admin/requests/${id}?lang=en`, h.as.privacy_officer)).body;
        expect(english).toContain(
          "Processing refuses this request before anything happens: a tenant's request starts at",
        );
      } finally {
        h.ctx.register = whole;
      }
    });

    it("shows only the actions the status allows, and none to roles that cannot decide", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "erasure", "piet@example.nl");
      const officer = (await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer)).body;
      const actions = [...officer.matchAll(/action="\/admin\/requests\/[^/]+\/(\w+)"/g)].map((m) => m[1]);
      expect(actions).toEqual(["approve", "deny", "extend", "pause", "cancel"]);
      for (const role of ["support", "auditor"] as const) {
        const body = (await get(h.app, `/admin/requests/${id}`, h.as[role])).body;
        expect(body).not.toMatch(/action="\/admin\/requests\//);
      }
      // Support reads requests but not the audit log.
      expect((await get(h.app, `/admin/requests/${id}`, h.as.support)).body).not.toContain("Auditlog van dit verzoek");
    });

    it("approves, queues the processing and says so after the redirect", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "erasure", "piet@example.nl");
      const response = await post(h.app, `/admin/requests/${id}/approve`, h.as.privacy_officer, {});
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/admin/requests/${id}?done=approve`);
      const page = await get(h.app, response.headers.location as string, h.as.privacy_officer);
      expect(page.body).toContain("Gedaan.");
      expect(page.body).toContain(`(user:${h.as.privacy_officer.userId})`);
      const jobs = await h.store.db.selectFrom("jobs").selectAll().where("queue", "=", PROCESS_QUEUE).execute();
      expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([{ requestId: id }]);
      // Approving again is not possible any more: the page says so, nothing breaks.
      const again = await post(h.app, `/admin/requests/${id}/approve`, h.as.privacy_officer, {});
      expect(again.statusCode).toBe(409);
      expect(again.body).toContain("Dat kan niet");
      expect(again.body).toContain("Een verzoek met de status 'bevestigd' kunt u niet goedkeuren.");
      const english = await post(h.app, `/admin/requests/${id}/approve?lang=en`, h.as.privacy_officer, {});
      expect(english.body).toContain("A request that is 'verified' cannot be approved.");
    });

    it("words the lifecycle's refusals in the console's language, next to the field they concern", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "access", "piet@example.nl");
      // Received in January, so in March the first month has long run out: too late to extend.
      const old = await filedOn("2025-01-20T10:00:00.000Z", "access", "jan@example.nl");
      const refused = await post(h.app, `/admin/requests/${old}/extend`, h.as.admin, {
        "extend-months": "1",
        "extend-reason": "Many requests.",
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toMatch(/id="extend-months-error">[^<]*Verlengen kan alleen binnen de eerste maand/);
      expect((await post(h.app, `/admin/requests/${id}/pause`, h.as.admin, {})).statusCode).toBe(303);
      const twice = await post(h.app, `/admin/requests/${id}/pause`, h.as.admin, {});
      expect(twice.statusCode).toBe(409);
      expect(twice.body).toContain("De klok staat al stil.");
      expect(twice.body).not.toContain("already paused");
    });

    it("offers to run a stranded request again, and queues it", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "access", "stranded@example.nl");
      const actions = async () =>
        [
          ...(await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer)).body.matchAll(
            /action="\/admin\/requests\/[^/]+\/(\w+)"/g,
          ),
        ].map((m) => m[1]);
      expect(await actions()).not.toContain("retry");
      // As after a hand-over that failed: the request is verified and its history says so.
      await h.store.db.deleteFrom("jobs").execute();
      await changeRequest(h.ctx, id, {
        actor: "system",
        kind: "queue_failed",
        data: { error: "connect ECONNREFUSED" },
      });
      expect(await actions()).toContain("retry");
      const queueRow = async () => {
        const body = (await get(h.app, "/admin/requests", h.as.privacy_officer)).body;
        return body.slice(body.indexOf(`/admin/requests/${id}"`)).split("</tr>")[0]!;
      };
      expect(await queueRow()).toContain("<strong>Niet opgepakt</strong>");
      const page = (await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer)).body;
      expect(page).toContain("Niet in de wachtrij gezet; volgt later");
      expect(page).toContain(">Opnieuw uitvoeren</button>");
      const response = await post(h.app, `/admin/requests/${id}/retry`, h.as.privacy_officer, {});
      expect(response.statusCode).toBe(303);
      const jobs = await h.store.db.selectFrom("jobs").selectAll().where("queue", "=", PROCESS_QUEUE).execute();
      expect(jobs.map((j) => JSON.parse(j.payload))).toEqual([{ requestId: id }]);
      expect((await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer)).body).toContain(
        "Opnieuw uitgevoerd op verzoek van de functionaris",
      );
      // Run again: no longer marked, no second button until the sweep has to queue it again.
      expect(await queueRow()).not.toContain("Niet opgepakt");
      expect(await actions()).not.toContain("retry");
    });

    it("refuses a reason sent twice beside its field in the console's language, deciding nothing", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "access", "twice@example.nl");
      const twice = { "deny-reason": ["Kennelijk ongegrond.", "Buitensporig."] };
      const response = await post(h.app, `/admin/requests/${id}/deny`, h.as.privacy_officer, twice);
      expect(response.statusCode).toBe(400);
      expect(response.body).toMatch(
        /<p class="field-error" id="deny-reason-error">[^<]*Dit veld kunnen wij niet lezen/,
      );
      expect(response.body).toContain('<a href="#deny-reason">');
      const row = await h.store.db
        .selectFrom("requests")
        .select("status")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row.status).not.toBe("denied");
    });

    it("refuses a denial without reasons with the error tied to the field", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "access", "piet@example.nl");
      const response = await post(h.app, `/admin/requests/${id}/deny`, h.as.privacy_officer, { "deny-reason": "  " });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('<p class="field-error" id="deny-reason-error">');
      expect(response.body).toMatch(
        /<textarea id="deny-reason"[^>]*aria-invalid="true"[^>]*aria-describedby="deny-reason-error/,
      );
      expect(response.body).toContain('<a href="#deny-reason">');
    });

    it("extends with a reason, and refuses three months", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "access", "piet@example.nl");
      const three = await post(h.app, `/admin/requests/${id}/extend`, h.as.admin, {
        "extend-months": "3",
        "extend-reason": "Many requests.",
      });
      expect(three.statusCode).toBe(400);
      expect(three.body).toContain('id="extend-months-error"');
      const two = await post(h.app, `/admin/requests/${id}/extend`, h.as.admin, {
        "extend-months": "2",
        "extend-reason": "Many requests.",
      });
      expect(two.statusCode).toBe(303);
      const page = await get(h.app, `/admin/requests/${id}`, h.as.admin);
      expect(page.body).toContain("Termijn verlengd");
      expect(page.body).toContain("Many requests.");
    });

    it("pauses and resumes the clock", async () => {
      const id = await filedOn("2025-03-03T10:00:00.000Z", "access", "piet@example.nl");
      expect((await post(h.app, `/admin/requests/${id}/pause`, h.as.admin, {})).statusCode).toBe(303);
      const paused = (await get(h.app, `/admin/requests/${id}`, h.as.admin)).body;
      expect(paused).toContain("Klok stil sinds");
      expect(paused).toMatch(/action="\/admin\/requests\/[^/]+\/resume"/);
      expect(paused).not.toMatch(/action="\/admin\/requests\/[^/]+\/pause"/);
      expect((await post(h.app, `/admin/requests/${id}/resume`, h.as.admin, {})).statusCode).toBe(303);
      expect((await get(h.app, `/admin/requests/${id}`, h.as.admin)).body).toContain("Klok loopt weer");
    });

    it("escapes typed text: the request's note and a reason", async () => {
      const filed = await fileRequest(h.ctx, {
        type: "access",
        identities: [{ type: "email", value: "piet@example.nl" }],
        lang: "nl",
        details: { note: "<script>alert(1)</script>" },
      });
      await post(h.app, `/admin/requests/${filed.requestId}/deny`, h.as.admin, {
        "deny-reason": "<img src=x onerror=alert(2)>",
      });
      const page = await get(h.app, `/admin/requests/${filed.requestId}`, h.as.admin);
      expect(page.body).toContain("&lt;script>alert(1)&lt;/script>");
      expect(page.body).not.toContain("<script>");
      expect(page.body).not.toContain("<img");
    });

    it("answers an unknown request with the not-found page", async () => {
      const unknown = await get(h.app, "/admin/requests/00000000-0000-4000-8000-000000000000", h.as.admin);
      expect(unknown.statusCode).toBe(404);
      expect((await post(h.app, "/admin/requests/nope/approve", h.as.admin, {})).statusCode).toBe(404);
    });
  });

  describe("the dashboard", () => {
    it("draws requests per month and the on-time rate as accessible SVG with the figures in tables", async () => {
      await filedOn("2025-01-15T10:00:00.000Z", "access", "a@example.nl");
      await filedOn("2025-03-01T10:00:00.000Z", "access", "b@example.nl");
      await filedOn("2025-03-02T10:00:00.000Z", "erasure", "c@example.nl");
      const page = await get(h.app, "/admin/dashboard", h.as.auditor);
      expect(page.statusCode).toBe(200);
      expect(page.body).toMatch(/<svg role="img" aria-labelledby="chart-per-month-title chart-per-month-desc"/);
      expect(page.body).toContain('<title id="chart-per-month-title">Verzoeken per maand</title>');
      expect(page.body).toContain('<tr><th scope="row">mrt 2025</th><td>2</td></tr>');
      expect(page.body).toContain('<tr><th scope="row">jan 2025</th><td>1</td></tr>');
      // Nothing answered yet: no rate to draw.
      expect(page.body).toContain("Nog geen gegevens.");
      expect(page.body).not.toContain("<style ");
      expect(page.body).not.toMatch(/ style="/);
    });

    it("counts stranded requests and lists recipients an Art. 19 notice did not reach", async () => {
      const told = await filedOn("2025-03-01T10:00:00.000Z", "access", "told@example.nl");
      const missed = await filedOn("2025-03-02T10:00:00.000Z", "access", "missed@example.nl");
      const stranded = await filedOn("2025-03-03T10:00:00.000Z", "access", "stranded-too@example.nl");
      const before = await get(h.app, "/admin/dashboard", h.as.auditor);
      expect(before.body).not.toContain("Ontvangers niet bereikt");
      const event = (id: string, kind: string, data: Record<string, unknown>) =>
        changeRequest(h.ctx, id, { actor: "worker", kind, data });
      // Failed once, then told after all: nothing to do. Failed for good: listed.
      await notReached(h.ctx, told);
      await event(told, "recipient_notified", { recipient: "helpdesk", channel: "webhook" });
      await event(missed, "recipient_notified", { recipient: "email_delivery", channel: "email" });
      await notReached(h.ctx, missed);
      await event(stranded, "queue_failed", { error: "connect ECONNREFUSED" });
      const page = (await get(h.app, "/admin/dashboard", h.as.auditor)).body;
      expect(page).toMatch(/<dt>Niet opgepakt<\/dt><dd>1<\/dd>/);
      expect(page).toContain('<h2 id="not-reached">Ontvangers niet bereikt (art. 19)</h2>');
      const listed = [...page.matchAll(/<li><a href="\/admin\/requests\/([^"]+)">/g)].map((m) => m[1]);
      expect(listed).toEqual([missed]);
      expect(page).toContain(": helpdesk (");
    });

    it("records a recipient informed another way, which clears the dashboard's list", async () => {
      const id = await filedOn("2025-03-02T10:00:00.000Z", "access", "missed-again@example.nl");
      await notReached(h.ctx, id);
      const page = (await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer)).body;
      expect(page).toContain(`action="/admin/requests/${id}/informed"`);
      expect(page).toContain(
        '<input type="radio" id="informed-recipient-helpdesk" name="informed-recipient" value="helpdesk" checked',
      );
      // Only a recipient the notice did not reach can be recorded; the error sits at the field.
      const wrong = await post(h.app, `/admin/requests/${id}/informed`, h.as.privacy_officer, {
        "informed-recipient": "email_delivery",
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toMatch(/id="informed-recipient-error">[^<]*Kies een ontvanger die de melding niet bereikte/);
      const done = await post(h.app, `/admin/requests/${id}/informed`, h.as.privacy_officer, {
        "informed-recipient": "helpdesk",
        "informed-note": "Phoned their privacy desk.",
      });
      expect(done.statusCode).toBe(303);
      const after = (await get(h.app, `/admin/requests/${id}`, h.as.privacy_officer)).body;
      expect(after).toContain("Phoned their privacy desk.");
      expect(after).not.toContain(`action="/admin/requests/${id}/informed"`);
      expect((await get(h.app, "/admin/dashboard", h.as.auditor)).body).not.toContain("Ontvangers niet bereikt");
    });
  });
});
