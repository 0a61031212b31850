import { describe, expect, it } from "vitest";
import { hostMatches, isFirstParty } from "../../src/scan/hosts.js";
import { samePageLinks } from "../../src/scan/links.js";
import { knownCountry } from "../../src/scan/known-hosts.js";

describe("the scan's idea of the site and its third parties", () => {
  it("takes the site's host and its subdomains as first party", () => {
    expect(isFirstParty("www.example.nl", "www.example.nl")).toBe(true);
    expect(isFirstParty("shop.example.nl", "www.example.nl")).toBe(true);
    expect(isFirstParty(".example.nl", "www.example.nl")).toBe(true);
    expect(isFirstParty("example.nl.evil.example", "www.example.nl")).toBe(false);
    expect(isFirstParty("tracker.example", "127.0.0.1")).toBe(false);
  });

  it("matches a recipient's host and its subdomains, not look-alikes", () => {
    expect(hostMatches("www.google-analytics.com", "google-analytics.com")).toBe(true);
    expect(hostMatches("notgoogle-analytics.com", "google-analytics.com")).toBe(false);
  });

  it("keeps only same-origin page links, without fragments or files", () => {
    const links = samePageLinks(
      ["/a#top", "https://site.example/b?x=1", "https://other.example/c", "/d.pdf", "mailto:x@y.example", "/a"],
      "https://site.example",
    );
    expect(links).toEqual(["/a", "/b?x=1"]);
  });

  it("knows a tracker's country, and the user's list first", () => {
    expect(knownCountry("www.google-analytics.com")).toBe("US");
    expect(knownCountry("cdn.unknown.example")).toBeUndefined();
    expect(knownCountry("cdn.unknown.example", { "unknown.example": "CN" })).toBe("CN");
  });
});
