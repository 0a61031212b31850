import type { Rule } from "../rule.js";

/** What an HTTP system is reached for, and what a request of that type does without it. */
const OPERATIONS = [
  ["access", "access requests leave its data out of the package"],
  ["erasure", "erasure requests cannot erase there and end partially completed"],
] as const;

export const systemCategoryUndeclared: Rule = {
  id: "system-category-undeclared",
  severity: "error",
  article: "GDPR Art. 13(1)(c), Art. 30(1)(c)",
  summary: "Data an HTTP system holds appears in an activity, so the statement tells people about it.",
  hint: "add the category to the activity that uses the system, so the statement and the record mention it",
  *run({ register }) {
    const declared = new Set(Object.values(register.activities).flatMap((a) => a.data_categories));
    for (const [id, system] of Object.entries(register.datasets?.systems ?? {})) {
      if (system.kind !== "http") continue;
      for (const [field, category] of Object.entries(system.fields))
        if (!declared.has(category))
          yield {
            path: ["datasets", "systems", id, "fields", field],
            message: `${id}: ${field} holds ${category}, but no activity lists that category: the statement does not tell people about it.`,
          };
    }
  },
};

export const systemRequestMissing: Rule = {
  id: "system-request-missing",
  severity: "warning",
  article: "GDPR Art. 15, Art. 17",
  summary: "An HTTP system declares how to find a person's data and how to erase it.",
  hint: "add the system's access and erasure requests (see examples/systems), or take it out of datasets.systems",
  *run({ register }) {
    for (const [id, system] of Object.entries(register.datasets?.systems ?? {})) {
      if (system.kind !== "http") continue;
      for (const [operation, consequence] of OPERATIONS)
        if (!system[operation])
          yield {
            path: ["datasets", "systems", id],
            atKey: true,
            message: `${id} declares no ${operation} request: ${consequence}.`,
          };
    }
  },
};
