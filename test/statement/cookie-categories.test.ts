import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import { buildStatement } from "../../src/statement/index.js";
import { blockText, findSection, register, textOf } from "./helpers.js";

type Input = Parameters<typeof register>[0];

const BASE: Input = {
  organization: { name: "Soort B.V.", contact: { email: "info@soort.example" } },
  recipients: { matomo: { name: "Matomo Cloud", kind: "processor", agreement: "signed", location: ["NL"] } },
  consent: {
    purposes: {
      stats: {
        name: { nl: "Statistieken", en: "Statistics" },
        description: { nl: "bezoek meten", en: "measuring visits" },
      },
    },
    banner: {},
  },
};
const withCookies = (patch: Partial<Input>) => register({ ...BASE, ...patch });

const CATEGORIES = withCookies({
  cookie_categories: {
    necessary: {
      description: { nl: "houden u ingelogd", en: "keep you signed in" },
      party: "first",
      duration: "session",
    },
    analytics: { providers: ["matomo", "Eigen teller"], duration: "13 months", consent_purpose: "stats" },
  },
});

const cookiesText = (reg: ReturnType<typeof register>, lang: Lang) => textOf(reg, lang, "cookies");

describe("the cookies section for categories", () => {
  it.each([
    [
      "nl",
      [
        "Wij gebruiken deze soorten cookies:",
        "Noodzakelijk: houden u ingelogd. Wij plaatsen ze zelf. Ze verdwijnen als u uw browser sluit. Hiervoor vragen wij geen toestemming: de website werkt niet zonder.",
        "Statistieken: bezoek meten. Ze worden geplaatst door Matomo Cloud en Eigen teller. Ze blijven doorgaans 13 maanden op uw apparaat. Deze plaatsen wij alleen met uw toestemming.",
      ],
    ],
    [
      "en",
      [
        "We use these kinds of cookies:",
        "Strictly necessary: keep you signed in. We place them ourselves. They are removed when you close your browser. We do not ask consent for them: the website does not work without them.",
        "Statistics: measuring visits. They are placed by Matomo Cloud and Eigen teller. They typically stay on your device for 13 months. We set them only with your consent.",
      ],
    ],
  ] as const)(
    "states per category what it is for, who places it, how long and whether consent is asked (%s)",
    (lang, lines) => {
      const text = cookiesText(CATEGORIES, lang);
      for (const line of lines) expect(text).toContain(line);
    },
  );

  it("says nothing about providers, duration or description when a category records none of them", () => {
    const reg = withCookies({ cookie_categories: { preferences: { consent_purpose: undefined } }, consent: undefined });
    const list = findSection(buildStatement(reg, "en"), "cookies").blocks.find((b) => b.type === "list");
    expect(list && blockText(list)).toBe("Preferences: We set them only with your consent.");
    const nl = findSection(buildStatement(reg, "nl"), "cookies").blocks.find((b) => b.type === "list");
    expect(nl && blockText(nl)).toBe("Voorkeuren: Deze plaatsen wij alleen met uw toestemming.");
  });

  it("does not promise consent for functional cookies, which check and the banner treat as necessary", () => {
    const reg = withCookies({
      cookie_categories: { functional: {} },
      cookies: [{ name: "taal", purpose: "functional" }],
    });
    const text = cookiesText(reg, "en");
    expect(text).toContain("Functional: We do not ask consent for them: the website does not work without them.");
    expect(text).toContain("No, needed for the website to work");
    expect(text).not.toContain("only with your consent");
  });

  it("lists categories first and single cookies after them in the table", () => {
    const reg = withCookies({
      cookie_categories: { analytics: { consent_purpose: "stats" } },
      cookies: [{ name: "sessie", purpose: "necessary", duration: "session" }],
    });
    const blocks = findSection(buildStatement(reg, "nl"), "cookies").blocks;
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "list", "paragraph", "table", "paragraph"]);
    expect(blockText(blocks[2]!)).toBe("Deze cookies noemen wij afzonderlijk:");
    expect(blockText(blocks[4]!)).toContain("Noodzakelijke cookies plaatsen wij zonder toestemming");
  });
});

describe("the cookies section for a cookie policy", () => {
  const url = "https://soort.example/cookiebeleid";

  it.each([
    ["nl", `Welke cookies wij gebruiken, leest u in ons cookiebeleid: ${url}.`],
    ["en", `Which cookies we use is set out in our cookie policy: ${url}.`],
  ] as const)(
    "refers to the policy without saying what it covers when the register does not record it (%s)",
    (lang, line) => {
      const text = cookiesText(withCookies({ cookie_policy: { url } }), lang);
      expect(text).toContain(line);
      expect(text).not.toMatch(/toestemming|consent/i);
    },
  );

  it.each([
    ["nl", `Ons cookiebeleid op ${url} beschrijft deze soorten cookies: functioneel en statistieken.`],
    ["en", `Our cookie policy at ${url} describes these kinds of cookies: functional and analytics.`],
  ] as const)("names the kinds the policy covers (%s)", (lang, line) => {
    expect(cookiesText(withCookies({ cookie_policy: { url, covers: ["functional", "analytics"] } }), lang)).toContain(
      line,
    );
  });

  it("links the policy", () => {
    const blocks = findSection(buildStatement(withCookies({ cookie_policy: { url } }), "en"), "cookies").blocks;
    const policy = blocks.find(
      (b) => b.type === "paragraph" && b.content.some((s) => typeof s === "object" && "href" in s),
    );
    expect(policy).toBeDefined();
  });

  it("puts the policy after the categories it sits beside", () => {
    const reg = withCookies({ cookie_policy: { url }, cookie_categories: { necessary: {} } });
    const blocks = findSection(buildStatement(reg, "en"), "cookies").blocks;
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "list", "paragraph", "paragraph"]);
    expect(blockText(blocks[2]!)).toContain(url);
  });
});

describe("the consent sentence without a banner described", () => {
  const noBanner = withCookies({
    consent: { purposes: BASE.consent!.purposes },
    cookie_categories: { analytics: { consent_purpose: "stats", party: "third" } },
  });

  it.each([
    ["nl", "Andere cookies plaatsen wij pas nadat u daar toestemming voor hebt gegeven.", /cookiemelding/],
    ["en", "We set other cookies only after you have given your consent.", /cookie banner/],
  ] as const)(
    "rests on the consent basis and names no banner the register does not describe (%s)",
    (lang, sentence, banner) => {
      const text = cookiesText(noBanner, lang);
      expect(text).toContain(sentence);
      expect(text).not.toMatch(banner);
    },
  );

  it("names the banner once the register describes one", () => {
    const withBanner = withCookies({ cookie_categories: { analytics: { consent_purpose: "stats", party: "third" } } });
    expect(cookiesText(withBanner, "en")).toContain("only after you have given your consent in our cookie banner.");
  });
});
