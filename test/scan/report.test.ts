import { describe, expect, it } from "vitest";
import { matchRegister, renderReportHtml, renderReportPdf, reportModel } from "../../src/scan/index.js";
import { observation } from "./observation.js";
import { siteRegister } from "./register.js";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

describe("the scan's evidence report", () => {
  it("sets out the findings, the screenshots, what was stored and called, and the timeline, in both languages", async () => {
    const o = observation({
      before: { stored: [{ name: '<b>"odd"</b>' }], requests: [{ host: "cdn.other.example" }] },
    });
    o.phases.before.screenshot = PNG;
    const { diagnostics } = matchRegister(await siteRegister(), o);
    const nl = renderReportHtml(reportModel(o, diagnostics, "nl"));
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain("Cookiescan: bewijsrapport");
    expect(nl).toContain("img-src data:");
    expect(nl).toContain(`<img src="data:image/png;base64,${PNG.toString("base64")}"`);
    expect(nl).toContain("scan-third-party-not-recipient");
    expect(nl).toContain("Niet bezocht (robots.txt)");
    expect(nl).not.toContain('<b>"odd"</b>');
    expect(nl).toContain("&lt;b&gt;&quot;odd&quot;&lt;/b&gt;");
    const en = renderReportHtml(reportModel(o, diagnostics, "en"));
    expect(en).toContain("Cookie scan: evidence report");
    expect(en).toContain("The first page after &#39;reject all&#39;: No screenshot.");
    const pdf = await renderReportPdf(reportModel(o, diagnostics, "en"), o.startedAt);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("says so when there is nothing to report", async () => {
    const o = observation({});
    const html = renderReportHtml(reportModel(o, [], "en"));
    expect(html).toContain("No findings: what the site did matches the register.");
    expect(html).toContain("No requests to third parties.");
  });
});
