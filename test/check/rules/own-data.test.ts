import { describe } from "vitest";
import { ruleCases } from "../helpers.js";

describe("retention of the request service's own data", () => {
  ruleCases([
    {
      name: "a register that records no period for the service's own data",
      rule: "own-data-retention-missing",
      severity: "warning",
      patch: { service: undefined },
      at: ["^organization:"],
      says: /unverified_requests \(unverified requests; purged after 30 days meanwhile\).*expired_packages/,
      fixed: {},
      fixedName: "every kind with its period",
    },
    {
      name: "a kind left out of service.retention",
      rule: "own-data-retention-missing",
      severity: "warning",
      patch: { service: { retention: { delivered_mail: undefined } } },
      at: ["service:", "^retention:"],
      says: /^The register records no period for delivered_mail \(delivered mail; purged after 90 days meanwhile\);/,
      fixed: { service: { retention: { delivered_mail: "14 days" } } },
    },
  ]);
});
