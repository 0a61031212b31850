import { h } from "preact";
import { describe, expect, it } from "vitest";
import type { ServiceContext } from "../../../src/context/index.js";
import { ProcessorsPage } from "../../../src/http/center/processors.js";
import { HomePage } from "../../../src/http/center/home.js";
import { renderPage } from "../../../src/http/pages/render.js";
import type { Register } from "../../../src/register/schema/register.js";
import { demoRegister } from "../../service/helpers.js";

const render = (register: Register, lang: "nl" | "en") =>
  renderPage(h(ProcessorsPage, { ctx: { register } as ServiceContext, lang }));

/** The text of a table row whose header cell is the name, tags dropped. */
function row(html: string, name: string): string {
  const start = html.indexOf(`<th scope="row">${name}</th>`);
  if (start < 0) throw new Error(`no row for ${name}`);
  return html
    .slice(start, html.indexOf("</tr>", start))
    .replace(/<[^>]+>/g, "|")
    .replace(/\|+/g, "|");
}

describe("the privacy center's page of processors and recipients", () => {
  it("lists each processor with what it does, where, the safeguard and its sub-processors, in Dutch", async () => {
    const html = render(await demoRegister(), "nl");
    expect(html).toContain("<h1>Wie onze gegevens verwerkt</h1>");
    expect(row(html, "CloudNL Hosting B.V.")).toBe(
      "|CloudNL Hosting B.V.|hosting van de applicatie en databases|Nederland|—|Hetzner Online GmbH (datacenter; Duitsland)|",
    );
    expect(row(html, "Postmark (ActiveCampaign LLC)")).toContain("|Verenigde Staten|EU-US Data Privacy Framework");
    expect(row(html, "Mollie B.V.")).toBe("|Mollie B.V.|betalingen verwerken|Nederland|—|—|");
    expect(html.indexOf("Mollie B.V.")).toBeGreaterThan(html.indexOf("Andere ontvangers"));
  });

  it("says the same in English", async () => {
    const html = render(await demoRegister(), "en");
    expect(html).toContain("<h1>Who processes our data</h1>");
    expect(row(html, "CloudNL Hosting B.V.")).toBe(
      "|CloudNL Hosting B.V.|hosting the application and databases|Netherlands|—|Hetzner Online GmbH (data centre; Germany)|",
    );
    expect(row(html, "Freshworks Inc.")).toContain("|Germany and United States|standard contractual clauses");
  });

  it("leaves a cell empty when the register does not record the fact, rather than guessing", async () => {
    const register = await demoRegister();
    register.recipients.helpdesk = {
      ...register.recipients.helpdesk!,
      service: undefined,
      location: ["IN"],
      transfer: undefined,
    };
    expect(row(render(register, "en"), "Freshworks Inc.")).toBe("|Freshworks Inc.|—|India|—|—|");
  });

  it("is linked from the center's home page only when the register lists recipients", async () => {
    const register = await demoRegister();
    const home = (r: Register) => renderPage(h(HomePage, { ctx: { register: r } as ServiceContext, lang: "en" }));
    expect(home(register)).toContain('href="/en/processors"');
    expect(home({ ...register, recipients: {} })).not.toContain('href="/en/processors"');
  });
});
