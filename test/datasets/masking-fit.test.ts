import { describe, expect, it } from "vitest";
import { maskingMisfit, strategyOf } from "../../src/datasets/masking.js";

describe("masking against the column it writes", () => {
  it("erases irreversibly by default: NULL where allowed, else random for identities and fixed for the rest", () => {
    const nullable = { nullable: true, type: "varchar", maxLength: 255 };
    const required = { nullable: false, type: "varchar", maxLength: 255 };
    expect(strategyOf({ identity: "email" }, nullable)).toBe("null");
    expect(strategyOf({ identity: "email" }, required)).toBe("random");
    expect(strategyOf({ category: "identity.name" }, required)).toBe("fixed");
    expect(strategyOf({ identity: "email", masking: "hash" }, required)).toBe("hash");
  });

  it("names what the database would refuse", () => {
    const int = { nullable: false, type: "integer" };
    expect(maskingMisfit("fixed", {}, int)).toBe(
      "masking fixed writes [verwijderd], but the column is integer: give a fixed_value of that type",
    );
    expect(maskingMisfit("fixed", { fixed_value: "0" }, int)).toBeUndefined();
    expect(maskingMisfit("random", {}, int)).toBe("masking random writes text, but the column is integer");
    expect(maskingMisfit("hash", {}, { nullable: true, type: "varchar", maxLength: 40 })).toBe(
      "masking hash writes 44 characters, but the column holds 40",
    );
    expect(maskingMisfit("null", {}, { nullable: false, type: "text" })).toBe(
      "masking writes NULL, but the column is NOT NULL",
    );
  });
});
