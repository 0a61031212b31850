import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/vocabulary/dates.js";
import { joinList, sentence } from "../../src/vocabulary/lists.js";

describe("formatDate", () => {
  it("writes dates with our own month names", () => {
    expect(formatDate("2026-11-01", "nl")).toBe("1 november 2026");
    expect(formatDate("2026-11-01", "en")).toBe("1 November 2026");
    expect(formatDate("2027-03-31", "nl")).toBe("31 maart 2027");
    expect(formatDate("2027-05-09", "en")).toBe("9 May 2027");
  });

  it("leaves anything that is not a date as it is", () => {
    expect(formatDate("Q3 2026", "nl")).toBe("Q3 2026");
    expect(formatDate("2026-13-01", "en")).toBe("2026-13-01");
  });
});

describe("joinList", () => {
  it("joins with commas and a final conjunction", () => {
    expect(joinList([], "nl")).toBe("");
    expect(joinList(["a"], "nl")).toBe("a");
    expect(joinList(["a", "b"], "nl")).toBe("a en b");
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b and c");
    expect(joinList(["a", "b"], "nl", "or")).toBe("a of b");
  });
});

describe("sentence", () => {
  it("capitalises and ends with a full stop once", () => {
    expect(sentence("u kunt bellen")).toBe("U kunt bellen.");
    expect(sentence("Klaar!")).toBe("Klaar!");
    expect(sentence("  ")).toBe("");
  });
});
