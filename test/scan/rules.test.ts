import { describe, expect, it } from "vitest";
import { matchRegister, SCAN_RULES } from "../../src/scan/index.js";
import { observation } from "./observation.js";
import { siteRegister } from "./register.js";

const ruleIds = async (o: ReturnType<typeof observation>, countries: Record<string, string> = {}) =>
  matchRegister(await siteRegister(), o, countries).diagnostics.map((d) => d.rule);

const seenEverywhere = {
  accept: {
    stored: [
      { name: "session" },
      { name: "waarborg_consent" },
      { name: "_tr" },
      { name: "_tr_id", kind: "local_storage" as const },
    ],
  },
};

describe("the scan rules over what a scan saw", () => {
  it("each has an id of its own, an article, a summary and a hint", () => {
    expect(new Set(SCAN_RULES.map((r) => r.id)).size).toBe(SCAN_RULES.length);
    for (const rule of SCAN_RULES) {
      expect(rule.id).toMatch(/^scan-[a-z-]+$/);
      expect(rule.article && rule.summary && rule.hint).toBeTruthy();
    }
  });

  it("matches a storage key by a declared name with a wildcard", async () => {
    expect(await ruleIds(observation(seenEverywhere))).toEqual([]);
  });

  it("judges after reject only what the site stored or called after the click", async () => {
    const o = observation({
      ...seenEverywhere,
      reject: { stored: [{ name: "_tr", afterChoice: false }], requests: [{ afterChoice: false }] },
    });
    expect(await ruleIds(o)).toEqual([]);
    const again = observation({ ...seenEverywhere, reject: { stored: [{ name: "_tr" }], requests: [{}] } });
    expect((await ruleIds(again)).sort()).toEqual(["scan-cookie-after-reject", "scan-request-after-reject"]);
  });

  it("does not judge the timing of a cookie the register does not know, but asks for it to be declared", async () => {
    const o = observation({ ...seenEverywhere, before: { stored: [{ name: "mystery" }] } });
    expect(await ruleIds(o)).toEqual(["scan-undeclared-cookie"]);
  });

  it("lets a necessary cookie be set before any choice", async () => {
    const o = observation({ ...seenEverywhere, before: { stored: [{ name: "session" }] } });
    expect(await ruleIds(o)).toEqual([]);
  });

  it("calls a known tracker's host before consent a tracker, and places it in the United States", async () => {
    const o = observation({ ...seenEverywhere, before: { requests: [{ host: "www.google-analytics.com" }] } });
    expect((await ruleIds(o)).sort()).toEqual([
      "scan-request-before-consent",
      "scan-third-party-not-recipient",
      "scan-transfer-undeclared",
    ]);
  });

  it("takes a cookie's provider by the recipient's name in either language as well as by its id", async () => {
    const loaded = await siteRegister({
      recipients: { tracker: { name: { nl: "Teller B.V.", en: "Counter Ltd" } } },
      cookies: [{ name: "_tr", purpose: "analytics", consent_purpose: "analytics", provider: "Counter Ltd" }],
    } as never);
    const o = observation({ before: { requests: [{}] }, accept: { stored: [{ name: "_tr" }] } });
    expect(matchRegister(loaded, o).diagnostics.map((d) => d.rule)).toEqual(["scan-request-before-consent"]);
  });

  it("reports each host and each cookie once, however often it was seen", async () => {
    const o = observation({
      ...seenEverywhere,
      before: { requests: [{ host: "cdn.other.example" }, { host: "cdn.other.example", page: "/about" }] },
      accept: { ...seenEverywhere.accept, requests: [{ host: "cdn.other.example" }] },
    });
    expect(await ruleIds(o)).toEqual(["scan-third-party-not-recipient"]);
  });

  it("points a declared cookie it never saw at the cookie's name in the register", async () => {
    const loaded = await siteRegister();
    const [diagnostic] = matchRegister(
      loaded,
      observation({ accept: { stored: seenEverywhere.accept.stored.slice(1) } }),
    ).diagnostics;
    expect(diagnostic?.rule).toBe("scan-declared-cookie-unseen");
    expect(diagnostic).toMatchObject(loaded.locate(["cookies", 0, "name"]));
  });
});
