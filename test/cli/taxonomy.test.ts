import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("waarborg taxonomy", () => {
  it("lists the shipped categories, purposes and subject kinds with their labels and marks", async () => {
    const { code, stdout } = await runCli(["taxonomy", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Data categories\n/);
    expect(stdout).toMatch(/\n\nKinds of purpose\n/);
    expect(stdout).toMatch(/\n\nKinds of data subject\n/);
    expect(stdout).toMatch(/ identity\.bsn +citizen service number \(BSN\) +\[bsn\]\n/);
    expect(stdout).toMatch(/ account\.credentials +password +\[secret\]\n/);
    expect(stdout).not.toMatch(/from the register/);
  });

  it("speaks Dutch by default", async () => {
    const { stdout } = await runCli(["taxonomy"]);
    expect(stdout).toMatch(/^Gegevenscategorieën\n/);
    expect(stdout).toMatch(/ identity\.name +naam\n/);
  });

  it("adds a register's own entries, marked as such, also as JSON", async () => {
    const text = await runCli(["taxonomy", "examples/bookkeeping-2016/privacy.yaml", "--lang", "en"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/ account\.office_code +office code +\[from the register\]\n/);
    const json = await runCli(["taxonomy", "examples/bookkeeping-2016/privacy.yaml", "--format", "json"]);
    const listing = JSON.parse(json.stdout) as { data_categories: { id: string; origin: string; label: string }[] };
    expect(listing.data_categories.find((e) => e.id === "account.office_code")).toEqual({
      id: "account.office_code",
      label: "kantoorcode",
      origin: "register",
    });
    expect(listing.data_categories.find((e) => e.id === "identity.name")?.origin).toBe("shipped");
  });

  it("refuses an unknown format and a register that does not load", async () => {
    const format = await runCli(["taxonomy", "--format", "xml"]);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/--format/);
    const missing = await runCli(["taxonomy", "no-such-register.yaml"]);
    expect(missing.code).toBe(2);
  });
});
