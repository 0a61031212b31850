import { beforeAll, describe, expect, it } from "vitest";
import type { Register } from "../../src/register/schema/register.js";
import { loadDemo, textOf } from "./helpers.js";

// Support access: whether a reason is recorded and whether each access is logged are facts the register
// records or leaves out. Left out, the statement must not claim either way.

let demo: Register;
beforeAll(async () => {
  demo = await loadDemo();
});

function supportText(access: Partial<NonNullable<Register["support_access"]>>, lang: "nl" | "en"): string {
  const register = {
    ...demo,
    support_access: { who: demo.support_access!.who, external_parties: {}, customer_approval: false, ...access },
  } as Register;
  return textOf(register, lang, "support-access");
}

describe("support access in the statement", () => {
  it("says nothing about reasons or logging the register does not record", () => {
    const nl = supportText({}, "nl");
    const en = supportText({}, "en");
    expect(nl).not.toMatch(/reden|vastgelegd/);
    expect(en).not.toMatch(/reason|logged/);
  });

  it("says what the register records, either way", () => {
    expect(supportText({ requires_reason: true, audited: true }, "en")).toMatch(
      /only for a specific reason.*Every access is logged/s,
    );
    expect(supportText({ requires_reason: false, audited: false }, "en")).toMatch(
      /No reason needs to be recorded.*not separately logged/s,
    );
  });
});
