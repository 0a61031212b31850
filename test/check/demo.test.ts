import { describe, expect, it } from "vitest";
import { checkRegister } from "../../src/check/check.js";

describe("the demo register", () => {
  it("has no errors", async () => {
    const result = await checkRegister(new URL("../../examples/demo/privacy.yaml", import.meta.url).pathname);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.loaded.register?.organization.name).toBe("Klantwijs B.V.");
  });
});
