import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, rolesWith, USER_ROLES } from "../../src/auth/index.js";

describe("permission table", () => {
  it("grants what the roles are for", () => {
    expect(rolesWith("requests.read")).toEqual(["admin", "privacy_officer", "support", "auditor"]);
    expect(rolesWith("requests.decide")).toEqual(["admin", "privacy_officer"]);
    expect(rolesWith("requests.review")).toEqual(["admin", "privacy_officer"]);
    expect(rolesWith("outbox.read")).toEqual(["admin", "privacy_officer", "support"]);
    expect(rolesWith("audit.read")).toEqual(["admin", "privacy_officer", "auditor"]);
    expect(rolesWith("consent.read")).toEqual(["admin", "privacy_officer", "auditor"]);
    expect(rolesWith("retention.read")).toEqual(["admin", "privacy_officer", "auditor"]);
    expect(rolesWith("users.manage")).toEqual(["admin"]);
    expect(rolesWith("tokens.manage")).toEqual(["admin"]);
    expect(rolesWith("access.read")).toEqual(["admin", "privacy_officer", "support", "auditor"]);
    expect(rolesWith("access.request")).toEqual(["admin", "privacy_officer", "support"]);
    expect(rolesWith("access.approve")).toEqual(["admin", "privacy_officer"]);
    expect(rolesWith("breaches.read")).toEqual(["admin", "privacy_officer", "auditor"]);
    expect(rolesWith("breaches.manage")).toEqual(["admin", "privacy_officer"]);
    expect(rolesWith("processors.read")).toEqual(["admin", "privacy_officer", "auditor"]);
  });

  it("leaves the auditor read-only", () => {
    const granted = PERMISSIONS.filter((p) => can("auditor", p));
    expect(granted).toEqual([
      "requests.read",
      "audit.read",
      "consent.read",
      "retention.read",
      "access.read",
      "breaches.read",
      "processors.read",
    ]);
  });

  it("gives the admin everything", () => {
    expect(PERMISSIONS.every((p) => can("admin", p))).toBe(true);
    expect(USER_ROLES).toHaveLength(4);
  });
});
