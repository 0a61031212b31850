import type { Rule } from "../rule.js";

export const activityIncomplete: Rule = {
  id: "activity-incomplete",
  severity: "error",
  article: "GDPR Art. 30(1)(c)",
  summary: "Every activity names the categories of people and of personal data it concerns.",
  hint: "add subjects and data_categories",
  *run({ register }) {
    for (const [id, activity] of Object.entries(register.activities)) {
      const missing = [
        activity.subjects.length === 0 ? "subjects" : undefined,
        activity.data_categories.length === 0 ? "data categories" : undefined,
      ].filter((m) => m !== undefined);
      if (missing.length > 0) {
        yield {
          path: ["activities", id],
          atKey: true,
          message: `Activity "${id}" names no ${missing.join(" and no ")}.`,
        };
      }
    }
  },
};

export const securityMissing: Rule = {
  id: "security-missing",
  severity: "error",
  article: "GDPR Art. 30(1)(g), Art. 32",
  summary: "The register describes the security measures that protect the data.",
  hint: "add security.measures: e.g. [encryption_in_transit, encryption_at_rest, access_control, backups]",
  *run({ register }) {
    const security = register.security;
    if (security && (security.measures.length > 0 || security.description)) return;
    yield {
      path: security ? ["security"] : [],
      atKey: security !== undefined,
      message: "The register describes no security measures.",
    };
  },
};
