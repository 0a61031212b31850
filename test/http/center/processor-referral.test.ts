import { h } from "preact";
import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { ServiceContext } from "../../../src/context/index.js";
import { HomePage } from "../../../src/http/center/home.js";
import { register } from "../../statement/helpers.js";

const activity = (role: "controller" | "processor", controller?: { nl: string; en: string }) => ({
  legal_basis: "contract" as const,
  name: {
    nl: role === "processor" ? "Klantportaal" : "Nieuwsbrief",
    en: role === "processor" ? "Customer portal" : "Newsletter",
  },
  purpose: { nl: "doel", en: "purpose" },
  role,
  ...(controller ? { controller } : {}),
});

const home = (activities: Record<string, ReturnType<typeof activity>>, lang: "nl" | "en") =>
  render(
    h(HomePage, {
      ctx: { register: register({ organization: { name: "Stil B.V." }, activities }) } as unknown as ServiceContext,
      lang,
    }),
  );

describe("the privacy center's referral to the controller", () => {
  const controller = { nl: "de school die u inschreef", en: "the school that enrolled you" };

  it("names, in Dutch and English, the customer responsible for data the company processes for it", () => {
    const nl = home({ portal: activity("processor", controller), news: activity("controller") }, "nl");
    expect(nl).toContain("Gegevens die wij voor onze klanten verwerken");
    expect(nl).toContain("Klantportaal. Verantwoordelijk: de school die u inschreef");
    expect(nl).not.toContain("Nieuwsbrief. Verantwoordelijk");
    const en = home({ portal: activity("processor", controller) }, "en");
    expect(en).toContain("Customer portal. Responsible: the school that enrolled you");
    expect(en).toContain('aria-labelledby="processor-referral"');
  });

  it("says nothing where the company is controller only, or names no controller", () => {
    expect(home({ news: activity("controller") }, "en")).not.toContain("Data we process for our customers");
    expect(home({ portal: activity("processor") }, "en")).not.toContain("Data we process for our customers");
  });
});
