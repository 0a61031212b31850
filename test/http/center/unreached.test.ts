import { h } from "preact";
import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { UnreachedSection } from "../../../src/http/center/unreached.js";

const section = (lang: "nl" | "en", systems: string[], unmarked = false) =>
  render(h(UnreachedSection, { lang, form: "u", unreached: { systems, unmarked } }));

describe("the status page on a request not carried out everywhere", () => {
  it("names, in Dutch and English, the systems that could not be reached", () => {
    const nl = section("nl", ["Betalingen (Stripe)"]);
    expect(nl).toContain('<h2 id="unreached">Wat nog niet kon</h2>');
    expect(nl).toContain("<li>Betalingen (Stripe)</li>");
    const en = section("en", ["Payments (Stripe)"]);
    expect(en).toContain("We could not reach these systems:");
    expect(en).toContain("<li>Payments (Stripe)</li>");
    expect(en).not.toContain("law");
  });

  it("says when records could not be marked restricted, and nothing when all was done", () => {
    expect(section("en", [], true)).toContain("Part of our records could not be marked as restricted.");
    expect(section("nl", [], false)).toBe("");
  });
});
