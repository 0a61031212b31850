import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

describe("support access to customers' accounts", () => {
  ruleCases([
    {
      name: "support access without a maximum duration",
      rule: "support-access-unbounded",
      severity: "warning",
      patch: { support_access: { who: "onze supportmedewerkers", audited: true } },
      at: ["^support_access:"],
      says: /sets no max_duration/,
      fixed: { support_access: { who: "onze supportmedewerkers", max_duration: "8 hours", audited: true } },
      fixedName: "time-boxed to 8 hours",
    },
    {
      name: "support access that is not logged",
      rule: "support-access-unbounded",
      severity: "warning",
      patch: { support_access: { who: "onze supportmedewerkers", max_duration: "8 hours", audited: false } },
      at: ["support_access:", "audited: ^false"],
      says: /not logged/,
      fixed: { support_access: { who: "onze supportmedewerkers", max_duration: "8 hours", audited: true } },
    },
    {
      name: "support access that does not say whether it is logged",
      rule: "support-access-unbounded",
      severity: "warning",
      patch: { support_access: { who: "onze supportmedewerkers", max_duration: "8 hours" } },
      at: ["^support_access:"],
      says: /does not record whether/,
      fixed: { support_access: { who: "onze supportmedewerkers", max_duration: "8 hours", audited: true } },
    },
  ]);
});
