import { describe, expect, it } from "vitest";
import { canHappen, FINAL, next, possibleEvents, TransitionError } from "../../src/requests/states.js";
import { STATUSES } from "../../src/kernel/index.js";

describe("request lifecycle", () => {
  it("walks the happy path with approval", () => {
    let s = next("received", "send_code");
    s = next(s, "verify");
    s = next(s, "require_approval");
    s = next(s, "approve");
    s = next(s, "start");
    expect(next(s, "complete")).toBe("completed");
  });

  it("no event leaves a final status", () => {
    for (const status of FINAL) expect(possibleEvents(status)).toEqual([]);
  });

  it("every non-final status can be denied, and cancelled until work starts", () => {
    for (const status of STATUSES.filter((s) => !FINAL.has(s))) {
      expect(canHappen(status, "deny"), status).toBe(true);
      expect(canHappen(status, "cancel"), status).toBe(status !== "in_progress");
    }
  });

  it("refuses work on an unverified request with a readable reason", () => {
    expect(() => next("verifying", "start")).toThrow(TransitionError);
    expect(() => next("verifying", "start")).toThrow("a request that is verifying cannot start");
    expect(() => next("awaiting_approval", "start")).toThrow(TransitionError);
  });
});
