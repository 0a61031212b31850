import { describe, expect, it } from "vitest";
import { SignInLimiter } from "../../src/auth/index.js";

const T0 = new Date("2025-03-05T09:00:00.000Z");

describe("sign-in limiter", () => {
  it("counts accounts case-insensitively", () => {
    const limiter = new SignInLimiter({ perAccount: 2 });
    limiter.recordFailure("A@example.nl", "192.0.2.1", T0);
    limiter.recordFailure("a@EXAMPLE.nl", "192.0.2.2", T0);
    expect(limiter.isLocked("a@example.nl", "192.0.2.3", T0)).toBe(true);
  });

  it("keeps at most maxKeys keys, dropping expired ones first", () => {
    const limiter = new SignInLimiter({ maxKeys: 4, perAccount: 1, windowMs: 1000 });
    limiter.recordFailure("old@example.nl", "192.0.2.1", T0);
    const later = new Date(T0.getTime() + 5000);
    limiter.recordFailure("a@example.nl", "192.0.2.2", later);
    limiter.recordFailure("b@example.nl", "192.0.2.2", later);
    expect(limiter.isLocked("a@example.nl", "192.0.2.9", later)).toBe(true);
    expect(limiter.isLocked("b@example.nl", "192.0.2.9", later)).toBe(true);
    expect(limiter.isLocked("old@example.nl", "192.0.2.9", later)).toBe(false);
  });
});
