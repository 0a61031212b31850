import { buildGraph, tenantColumnOf } from "../../datasets/index.js";
import type { Rule } from "../rule.js";

export const datasetTenantProcessingWithoutColumn: Rule = {
  id: "dataset-tenant-processing-without-column",
  severity: "error",
  article: "GDPR Art. 28(3)(a), Art. 28(3)(e)",
  summary:
    "A collection processed for a tenant names the tenant column that says for which one, so a person can be referred to it.",
  hint: "add tenant: <column> to the collection, the column holding the tenant's key",
  *run({ register }) {
    for (const [name, collection] of buildGraph(register).collections) {
      if (collection.processed_for_tenant && !tenantColumnOf(collection))
        yield {
          path: ["datasets", "collections", name, "processed_for_tenant"],
          message: `Collection "${name}" is processed for a tenant, but names no tenant column: nothing says which customer a person's rows are held for, so neither leaving them to that customer nor referring the person to it can work.`,
        };
    }
  },
};
