import { describe, expect, it } from "vitest";
import { perStoreLines } from "../../scripts/store-counts.mjs";
import { storeTitle } from "../helpers/stores.js";

const test = (fullName: string, status: string) => ({ fullName, status });

describe("the per-store counts at the end of the test run", () => {
  it("counts the lifecycle and HTTP suites' results by the store named in their titles", () => {
    const lines = perStoreLines([
      {
        name: "/repo/test/requests/access.test.ts",
        assertionResults: [
          test(`an access request ${storeTitle("sqlite")} files it`, "passed"),
          test(`an access request ${storeTitle("postgres")} files it`, "failed"),
          test(`an access request ${storeTitle("postgres")} later`, "skipped"),
        ],
      },
      {
        name: "/repo/test/http/api/opendsr.test.ts",
        assertionResults: [test(`OpenDSR ${storeTitle("sqlite")} OpenDSR files`, "passed")],
      },
      // Suites elsewhere, and tests that name no store, are not counted.
      { name: "/repo/test/consent/records.test.ts", assertionResults: [test(`x ${storeTitle("sqlite")}`, "passed")] },
      { name: "/repo/test/requests/states.test.ts", assertionResults: [test("request lifecycle moves", "passed")] },
    ]);
    expect(lines).toEqual([
      "store sqlite (test/requests, test/http): 2 passed, 0 failed, 0 skipped",
      "store postgres (test/requests, test/http): 0 passed, 1 failed, 1 skipped",
    ]);
  });

  it("says when a store did not run at all", () => {
    expect(perStoreLines([])[1]).toBe(
      "store postgres (test/requests, test/http): 0 passed, 0 failed, 0 skipped (not run)",
    );
  });
});
