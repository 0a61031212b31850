import { OWN_DATA_KINDS } from "../../register/index.js";
import { OWN_DATA_DEFAULTS } from "../../retention/index.js";
import type { Rule } from "../rule.js";

const KIND_WORDS = {
  unverified_requests: "unverified requests",
  expired_codes: "expired verification codes",
  delivered_mail: "delivered mail",
  expired_packages: "expired access packages",
} as const;

/**
 * Waarborg keeps data of its own about the people who file requests. Where the register records no
 * period, the purge falls back to a default the statement cannot state (it only states what the
 * register records), so the person is not told how long it is kept.
 */
export const ownDataRetentionMissing: Rule = {
  id: "own-data-retention-missing",
  severity: "warning",
  article: "GDPR Art. 5(1)(e), Art. 13(2)(a)",
  summary:
    "The register records how long the request service keeps its own data: unverified requests, codes, delivered mail, expired packages.",
  hint: "add service.retention: { unverified_requests: 7 days, expired_codes: 1 day, delivered_mail: 30 days, expired_packages: 7 days }",
  *run({ register }) {
    const recorded = register.service?.retention ?? {};
    const missing = OWN_DATA_KINDS.filter((kind) => !recorded[kind]);
    if (missing.length === 0) return;
    const list = missing.map(
      (kind) => `${kind} (${KIND_WORDS[kind]}; purged after ${OWN_DATA_DEFAULTS[kind]} meanwhile)`,
    );
    yield {
      path: register.service?.retention ? ["service", "retention"] : register.service ? ["service"] : [],
      atKey: register.service !== undefined,
      message: `The register records no period for ${list.join(", ")}; the statement says nothing about how long these are kept.`,
    };
  },
};
