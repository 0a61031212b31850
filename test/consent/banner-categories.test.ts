import { describe, expect, it } from "vitest";
import { bannerBundle, shownConfig } from "../../src/consent/config/shown.js";
import { purposeListing } from "../../src/consent/banner/listing.js";
import { marketingPurposes } from "../../src/consent/marketing/purposes.js";
import type { RegisterInput, Register } from "../../src/register/schema/register.js";
import { demoRegister } from "../service/helpers.js";
import { register } from "../statement/helpers.js";

const URL_BASE = "https://privacy.example";

/** A register that declares its cookies per category only: no single cookie is named. */
function categoriesOnly(categories: RegisterInput["cookie_categories"] = {}): Register {
  return register({
    organization: { name: "Soort B.V.", contact: { email: "info@soort.example" } },
    recipients: { matomo: { name: "Matomo Cloud", kind: "processor", agreement: "signed", location: ["NL"] } },
    consent: {
      purposes: {
        stats: {
          name: { nl: "Statistieken", en: "Statistics" },
          description: { nl: "bezoek meten", en: "measuring visits" },
        },
        ads: { name: { nl: "Advertenties", en: "Advertising" }, description: { nl: "advertenties", en: "adverts" } },
      },
      banner: {},
    },
    cookie_categories: {
      necessary: { duration: "session" },
      analytics: { providers: ["matomo"], duration: "13 months", consent_purpose: "stats" },
      ...categories,
    },
    statement: { version: "1.0", effective_date: "2026-03-05", languages: ["nl", "en"] },
  });
}

describe("the banner offers cookie categories", () => {
  it("asks for a category under the consent purpose it names, with its providers and duration", () => {
    const shown = shownConfig(categoriesOnly(), "en", URL_BASE);
    expect(shown.purposes).toEqual([
      {
        id: "stats",
        name: "Statistics",
        description: "Measuring visits.",
        kind: "analytics",
        cookies: [],
        categories: [{ name: "Statistics", providers: "Matomo Cloud", duration: "13 months" }],
      },
    ]);
    expect(shown.texts.intro).toContain("Statistics (Matomo Cloud)");
  });

  it("names a category set without asking among the cookies always set, in both languages", () => {
    expect(shownConfig(categoriesOnly(), "en", URL_BASE).texts.necessary).toContain("strictly necessary cookies");
    expect(shownConfig(categoriesOnly(), "nl", URL_BASE).texts.necessary).toContain("noodzakelijke cookies");
  });

  it("names functional cookies among those always set, never as a purpose to ask", () => {
    const shown = shownConfig(categoriesOnly({ functional: {} }), "en", URL_BASE);
    expect(shown.texts.necessary).toContain("strictly necessary cookies and functional cookies");
    expect(shown.purposes.map((p) => p.id)).toEqual(["stats"]);
  });

  it("names no provider or duration a category does not record", () => {
    const shown = shownConfig(categoriesOnly({ marketing: { consent_purpose: "ads" } }), "nl", URL_BASE);
    const ads = shown.purposes.find((p) => p.id === "ads");
    expect(ads?.categories).toEqual([{ name: "Marketing", providers: "", duration: "" }]);
    expect(shown.texts.intro).toContain("(Matomo Cloud) en Advertenties.");
    expect(shown.texts.intro).not.toContain("()");
  });

  it("treats a marketing or social category as advertising, for GPC and for a direct-marketing objection", () => {
    const reg = categoriesOnly({ social: { consent_purpose: "ads" } });
    expect(shownConfig(reg, "en", URL_BASE).purposes.find((p) => p.id === "ads")?.kind).toBe("advertising");
    expect(marketingPurposes(reg).banner).toEqual(["ads"]);
  });

  it("does not ask for a category that names no consent purpose (check reports it)", () => {
    const shown = shownConfig(categoriesOnly({ marketing: {} }), "en", URL_BASE);
    expect(shown.purposes.map((p) => p.id)).toEqual(["stats"]);
  });

  it("keeps the shape, and so the hash, of a configuration without categories", async () => {
    const demo = await demoRegister();
    const bundle = bannerBundle(demo, URL_BASE);
    for (const { shown } of Object.values(bundle.configs))
      for (const purpose of shown.purposes) expect(purpose).not.toHaveProperty("categories");
  });
});

describe("the banner's line under a purpose", () => {
  it("lists cookies with provider and duration, and categories with only what is recorded", () => {
    expect(
      purposeListing({
        id: "stats",
        name: "Statistics",
        description: "",
        kind: "analytics",
        cookies: [{ name: "_pk_id", provider: "Matomo Cloud", duration: "13 months" }],
        categories: [
          { name: "Statistics", providers: "Matomo Cloud", duration: "" },
          { name: "Marketing", providers: "", duration: "" },
        ],
      }),
    ).toBe("_pk_id (Matomo Cloud, 13 months); Statistics (Matomo Cloud); Marketing");
  });
});
