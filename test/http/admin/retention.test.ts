import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../../src/connectors/connector.js";
import { openConnector } from "../../../src/connectors/open.js";
import { RUN_CHART_COLOURS } from "../../../src/http/admin/pages/retention-chart.js";
import { placeLegalHold, retentionDeps, runRetention } from "../../../src/retention/index.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";
import { at, createRetentionSchema, retentionRegister } from "../../retention/fixture.js";
import { type ConsoleHarness, consoleHarness, get } from "./harness.js";

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) =>
    [0, 1, 2]
      .map((i) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

await describeEachStore("retention in the console", (kind) => {
  const testStore = useTestStore(kind);
  const dir = mkdtempSync(join(tmpdir(), "waarborg-console-retention-"));
  const url = `sqlite:${join(dir, "app.db")}`;
  let h: ConsoleHarness;
  let app: Connector;

  const old = (iso = "2020-01-01T00:00:00Z") => at("sqlite", iso);

  beforeAll(async () => {
    h = await consoleHarness(testStore(), undefined, {
      register: await retentionRegister(),
      env: {
        RETENTION_DATABASE_URL: url,
        WAARBORG_MASKING_KEY: "console-retention-key-0123456789",
        WAARBORG_RETENTION_EVERY_HOURS: "24",
      },
    });
    app = await openConnector(url);
    await createRetentionSchema(app.db, "sqlite");
    const logins = (ids: number[]) =>
      app.db
        .insertInto("logins")
        .values(ids.map((id) => ({ id, account_id: 1, ip: `10.0.0.${id}`, at: old() })))
        .execute();
    // One run removes five logins in three batches; three more expire after it.
    await logins([1, 2, 3, 4, 5]);
    await runRetention(retentionDeps(h.ctx), { rules: ["login_events"], batchSize: 2 });
    await logins([6, 7, 8]);
    // An invoice past a year but inside the tax law's seven; a ticket of a tenant under a legal hold.
    await app.db
      .insertInto("invoices")
      .values({ id: 1, billing_name: "X", issued_at: old("2024-01-01T00:00:00Z") })
      .execute();
    await app.db.insertInto("tickets").values({ id: 1, org_id: 7, subject: "s", closed_at: old() }).execute();
    const deps = retentionDeps(h.ctx);
    await placeLegalHold(deps, { scope: "tenant", target: "7", reason: "incident 2025-02", actor: "test" });
    await placeLegalHold(deps, { scope: "person", target: "email=held@example.nl", reason: "claim 9", actor: "test" });
  });
  afterAll(async () => {
    await app?.close();
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe("the retention page", () => {
    it("shows per rule the last run, rows handled, next run, rows overdue and holds in force", async () => {
      const page = await get(h.app, "/admin/retention?lang=en", h.as.privacy_officer);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("<h1>Retention</h1>");
      expect(page.body).toContain(
        '<th scope="row"><a href="#rule-login_events">login_events</a></th><td>90 days</td><td>delete</td>' +
          "<td>5 March 2025 10:00 (done)</td><td>5</td><td>6 March 2025 10:00</td><td>3</td><td>0</td><td>0</td><td>1</td>",
      );
      // The invoice is kept under the tax law; the ticket under the tenant's hold; the person's hold reaches all.
      expect(page.body).toMatch(
        /rule-tax_records">tax_records<\/a><\/th>(<td>[^<]*<\/td>){5}<td>0<\/td><td>1<\/td><td>0<\/td><td>1<\/td>/,
      );
      expect(page.body).toMatch(
        /rule-closed_tickets">closed_tickets<\/a><\/th>(<td>[^<]*<\/td>){3}<td>–<\/td><td>[^<]*<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>2<\/td>/,
      );
      expect(page.body).toContain("Every rule runs every 24 hours.");
    });

    it("charts rows handled per run and the rows overdue now, with title, description and a table", async () => {
      const page = await get(h.app, "/admin/retention?lang=en", h.as.auditor);
      expect(page.body).toContain('<svg role="img" aria-labelledby="chart-login_events-title chart-login_events-desc"');
      expect(page.body).toContain(
        '<title id="chart-login_events-title">Rows handled per run, rule login_events</title>',
      );
      expect(page.body).toContain(
        '<desc id="chart-login_events-desc">One bar per run (1) with the rows it handled, and a hatched bar with the 3 rows overdue now.</desc>',
      );
      expect(page.body).toContain('fill="url(#chart-login_events-hatch)"');
      expect(page.body).toContain('<caption id="table-login_events">Runs of rule login_events</caption>');
      expect(page.body).toContain('<th scope="row">5 March 2025 10:00</th><td>done</td><td>5</td><td>0</td>');
      expect(page.body).toContain('<th scope="row">Overdue now</th><td>–</td><td>3</td><td>0</td>');
      expect(page.body).toContain("This rule has not run yet.");
      // A rule that never ran and has nothing overdue gets no chart of nothing, only its table.
      expect(page.body).not.toContain('aria-labelledby="chart-contract_data-title');
      // Bars meet 3:1 against the background, text 4.5:1.
      const c = RUN_CHART_COLOURS;
      for (const fill of [c.run, c.overdue]) expect(contrast(fill, c.background)).toBeGreaterThanOrEqual(3);
      for (const text of [c.text, c.muted, c.overdue]) expect(contrast(text, c.background)).toBeGreaterThanOrEqual(4.5);
    });

    it("lists the legal holds in force, a person only by the type of identity", async () => {
      const page = await get(h.app, "/admin/retention?lang=en", h.as.privacy_officer);
      expect(page.body).toContain('<th scope="row">tenant</th><td>7</td><td>incident 2025-02</td>');
      expect(page.body).toContain('<th scope="row">person</th><td>email</td><td>claim 9</td>');
      expect(page.body).not.toContain("held@example.nl");
    });

    it("speaks Dutch by default", async () => {
      const page = await get(h.app, "/admin/retention", h.as.privacy_officer);
      expect(page.body).toContain('<html lang="nl"');
      expect(page.body).toContain("<h1>Bewaartermijnen</h1>");
      expect(page.body).toContain("Afgehandelde rijen per run, regel login_events");
      expect(page.body).toContain('<th scope="row">Nu achterstallig</th>');
      expect(page.body).toContain("Elke regel wordt elke 24 uur uitgevoerd.");
    });

    it("says the overdue rows are unknown when a database cannot be reached, and shows the runs still", async () => {
      const saved = h.ctx.env.RETENTION_DATABASE_URL;
      delete h.ctx.env.RETENTION_DATABASE_URL;
      try {
        const page = await get(h.app, "/admin/retention?lang=en", h.as.privacy_officer);
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain("The overdue rows could not be counted");
        expect(page.body).not.toContain("RETENTION_DATABASE_URL");
        expect(page.body).toContain('<th scope="row">Overdue now</th><td>–</td><td>unknown</td><td>unknown</td>');
        expect(page.body).toContain("One bar per run (1) with the rows it handled.</desc>");
      } finally {
        h.ctx.env.RETENTION_DATABASE_URL = saved;
      }
    });

    it("is in the menu for the roles that may open it, and only for them", async () => {
      for (const role of ["admin", "privacy_officer", "auditor"] as const) {
        const page = await get(h.app, "/admin/requests?lang=en", h.as[role]);
        expect(page.body, role).toContain('<a href="/admin/retention">Retention</a>');
      }
      const support = await get(h.app, "/admin/requests", h.as.support);
      expect(support.body).not.toContain('href="/admin/retention"');
      expect((await get(h.app, "/admin/retention", h.as.support)).statusCode).toBe(403);
      const current = await get(h.app, "/admin/retention?lang=en", h.as.auditor);
      expect(current.body).toContain('<a href="/admin/retention" aria-current="page">Retention</a>');
    });
  });

  describe("the evidence download", () => {
    it("gives the evidence as JSON and CSV attachments, the same as the command's", async () => {
      const json = await get(h.app, "/admin/retention/evidence.json", h.as.auditor);
      expect(json.statusCode).toBe(200);
      expect(json.headers["content-disposition"]).toBe(
        'attachment; filename="retention-evidence-2025-03-05T090000.json"',
      );
      const evidence = JSON.parse(json.body) as {
        audit: { intact: boolean; head: { seq: number } };
        rules: { rule: string; runs: { handled: number; audit: { batchRows: number } }[] }[];
      };
      expect(evidence.audit.intact).toBe(true);
      expect(evidence.rules.find((r) => r.rule === "login_events")?.runs).toMatchObject([
        { handled: 5, audit: { batchRows: 5 } },
      ]);
      const csv = await get(h.app, "/admin/retention/evidence.csv", h.as.auditor);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.body).toMatch(/^\ufeffrule,period,action,statement_nl/);
      const page = await get(h.app, "/admin/retention?lang=en", h.as.auditor);
      expect(page.body).toContain('<a href="/admin/retention/evidence.csv" download>Download as CSV</a>');
    });
  });
});
