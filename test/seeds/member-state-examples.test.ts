import { beforeAll, describe, expect, it } from "vitest";
import { createServiceContext } from "../../src/service/context.js";
import { type Commitment, checkSeed, LANGS, loadSeed, missingPhrases, renderSeed } from "./helpers.js";
import type { Lang } from "../../src/kernel/index.js";

/**
 * The Belgian and the German example: established outside the Netherlands, so their statements name
 * their own supervisory authority, their own age of digital consent and their own company register,
 * and their deadlines follow their own holidays. Both must pass `check` without errors.
 */
const EXAMPLES: { slug: string; country: string; says: Commitment[] }[] = [
  {
    slug: "webshop-gent",
    country: "BE",
    says: [
      {
        commitment: "the Belgian Gegevensbeschermingsautoriteit (GBA/APD), with its site and address",
        nl: ["Gegevensbeschermingsautoriteit (GBA/APD)", "www.gegevensbeschermingsautoriteit.be", "Drukpersstraat 35"],
        en: ["Belgian Data Protection Authority (Gegevensbeschermingsautoriteit, GBA/APD)", "Drukpersstraat 35"],
      },
      {
        commitment: "the Belgian age of digital consent, 13, and the act that sets it",
        nl: ["jonger dan 13 jaar", "artikel 8 AVG en artikel 7 van de Wet van 30 juli 2018"],
        en: ["under 13", "Article 7 of the Belgian Act of 30 July 2018"],
      },
      {
        commitment: "the enterprise number in the Kruispuntbank van Ondernemingen",
        nl: ["ingeschreven bij de Kruispuntbank van Ondernemingen onder nummer 0123.456.749"],
        en: ["Crossroads Bank for Enterprises (KBO/BCE) under number 0123.456.749"],
      },
    ],
  },
  {
    slug: "software-muenchen",
    country: "DE",
    says: [
      {
        commitment: "the authority of the Land Bayern, the BayLDA",
        nl: [
          "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
          "www.lda.bayern.de",
          "Promenade 18, 91522 Ansbach",
        ],
        en: ["Bavarian Data Protection Authority (Bayerisches Landesamt für Datenschutzaufsicht, BayLDA)"],
      },
      {
        commitment: "the German age of digital consent, 16",
        nl: ["jonger dan 16 jaar"],
        en: ["under 16"],
      },
      {
        commitment: "the HRB number at the Amtsgericht",
        nl: ["ingeschreven in het Handelsregister (Amtsgericht München) onder nummer HRB 123456"],
        en: ["registered in the Handelsregister (Amtsgericht München) under number HRB 123456"],
      },
    ],
  },
];

describe.each(EXAMPLES)("examples/$slug", ({ slug, country, says }) => {
  let rendered: Record<Lang, string>;
  beforeAll(async () => {
    rendered = await renderSeed(slug);
  });

  it("passes check without errors or warnings", async () => {
    const result = await checkSeed(slug);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  describe.each(LANGS)("%s", (lang) => {
    it.each(says)("names $commitment", (entry) => {
      expect(missingPhrases(rendered[lang], entry[lang])).toEqual([]);
    });

    it("names no Dutch authority or register", () => {
      expect(rendered[lang]).not.toMatch(
        /Autoriteit Persoonsgegevens|Dutch Data Protection|Nederlandse toezichthouder|bij de Kamer van Koophandel|with the Dutch Chamber/,
      );
    });
  });

  it("cites a national act for the age only where the state set the age in one", () => {
    if (country === "DE") expect(rendered.nl).not.toContain("Die leeftijd volgt uit");
    else expect(rendered.nl).toContain("Die leeftijd volgt uit");
  });

  it(`counts deadlines with the ${country} holidays`, async () => {
    const register = await loadSeed(slug);
    const parts = { store: {} as never, queue: {} as never, registerPath: "", dataKey: Buffer.alloc(32) };
    expect(createServiceContext({ ...parts, register }).calendar.country).toBe(country);
  });
});
