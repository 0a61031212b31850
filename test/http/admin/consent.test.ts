import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bannerBundle, keepConfigs, recordConsent, sealAll } from "../../../src/consent/index.js";
import { type ConsoleHarness, consoleHarness, get, post } from "./harness.js";
import { describeEachStore, useTestStore } from "../../helpers/stores.js";

await describeEachStore("consent in the console", (kind) => {
  const testStore = useTestStore(kind);

  let h: ConsoleHarness;
  let decided: string;

  beforeAll(async () => {
    h = await consoleHarness(testStore());
    const bundle = bannerBundle(h.ctx.register, h.ctx.publicUrl);
    await keepConfigs(h.ctx.store, bundle, new Date());
    const meta = { origin: "", gpcHeader: false };
    const config = bundle.configs.nl!.hash;
    // A day with one visitor who accepts; the next, two more accept, one refuses and the first withdraws.
    decided = (await recordConsent(h.ctx, { config, action: "accept_all" }, meta)).id;
    await sealAll(h.ctx);
    const today = h.clock.now;
    h.clock.now = new Date(today.getTime() + 86_400_000);
    await recordConsent(h.ctx, { config, action: "accept_all" }, meta);
    await recordConsent(h.ctx, { config, action: "accept_all" }, meta);
    await recordConsent(h.ctx, { config, action: "reject_all" }, meta);
    await recordConsent(h.ctx, { id: decided, config, action: "withdraw", choices: { analytics: false } }, meta);
    await sealAll(h.ctx);
    // Back to the day the console's sessions were made, so they have not expired.
    h.clock.now = today;
  });
  afterAll(() => h.close());

  describe("consent in the admin console", () => {
    it("charts acceptance per purpose over time as an SVG image, with the figures in a table", async () => {
      const page = await get(h.app, "/admin/consent?lang=en", h.as.privacy_officer);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<svg role="img" aria-labelledby="chart-acceptance-title chart-acceptance-desc"');
      expect(page.body).toContain("<polyline");
      expect(page.body).toContain('<th scope="row">2025-03-05</th><td>1</td><td>0</td><td>100%</td>');
      expect(page.body).toContain('<th scope="row">2025-03-06</th><td>2</td><td>2</td><td>50%</td>');
      expect(page.body).toContain('<polyline points="44.0,16.0 624.0,106.0"');
    });

    it("shows what one consent id chose over time, the withdrawal beside the consent", async () => {
      const page = await post(h.app, "/admin/consent/proof", h.as.auditor, { consent_id: decided });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Alles accepteren");
      expect(page.body).toContain("Ingetrokken");
      expect(page.body).toContain("Alle keuzes zijn ongewijzigd");
      const json = await post(h.app, "/admin/consent/proof.json", h.as.auditor, { consent_id: decided });
      expect(json.headers["content-disposition"]).toBe(`attachment; filename="consent-${decided}.json"`);
      expect((JSON.parse(json.body) as { records: unknown[] }).records).toHaveLength(2);
    });

    it("says so when no decision carries the id, without repeating it anywhere but the field", async () => {
      const page = await post(h.app, "/admin/consent/proof", h.as.auditor, {
        consent_id: "00000000-0000-4000-8000-000000000000",
      });
      expect(page.statusCode).toBe(404);
      expect(page.body).toContain("Bij dit id hoort geen keuze.");
    });
  });
});
