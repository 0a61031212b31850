import { buildGraph, personCrossings, unreachableCollections } from "../../datasets/index.js";
import type { Rule } from "../rule.js";

export const datasetUnreachable: Rule = {
  id: "dataset-unreachable",
  severity: "error",
  article: "GDPR Art. 15(1), Art. 17(1)",
  summary: "Every collection with personal data is reachable from an identity, so requests cannot miss it.",
  hint: "declare an identity field in it, or a reference that links it to a collection that has one",
  *run({ register }) {
    for (const name of unreachableCollections(buildGraph(register))) {
      yield {
        path: ["datasets", "collections", name],
        atKey: true,
        message: `Collection "${name}" holds personal data, but no request starting from an identity reaches it: access and erasure would miss it.`,
      };
    }
  },
};

export const datasetReferenceInvalid: Rule = {
  id: "dataset-reference-invalid",
  severity: "error",
  article: "GDPR Art. 15(1), Art. 17(1)",
  summary:
    "Every reference and erasure order between collections names an existing collection and field, without circles.",
  *run({ register }) {
    const graph = buildGraph(register);
    for (const problem of graph.problems) yield { path: problem.path, message: problem.message };
    for (const [name, c] of graph.collections) {
      for (const [index, ref] of c.references.entries()) {
        const [parent, field] = ref.to.split(".") as [string, string];
        const target = graph.collections.get(parent);
        if (target && field !== target.primary_key && !(field in target.fields)) {
          yield {
            path: ["datasets", "collections", name, "references", index, "to"],
            severity: "warning",
            message: `Reference ${name}.${ref.field} points at ${ref.to}, which is neither the primary key of "${parent}" nor one of its declared fields.`,
          };
        }
      }
    }
  },
};

export const datasetCategoryUndeclared: Rule = {
  id: "dataset-category-undeclared",
  severity: "error",
  article: "GDPR Art. 13(1)(c), Art. 30(1)(c)",
  summary: "Data the systems hold appears in an activity, so the statement tells people about it.",
  hint: "add the category to the activity that processes it, so the statement and the record mention it",
  *run({ register }) {
    const declared = new Set(Object.values(register.activities).flatMap((a) => a.data_categories));
    for (const [name, c] of Object.entries(register.datasets?.collections ?? {})) {
      for (const [field, def] of Object.entries(c.fields)) {
        if (def.category && !declared.has(def.category)) {
          yield {
            path: ["datasets", "collections", name, "fields", field, "category"],
            message: `${name}.${field} holds ${def.category}, but no activity lists that category: the statement does not tell people about it.`,
          };
        }
      }
    }
  },
};

export const datasetHoldWithoutRestriction: Rule = {
  id: "dataset-hold-without-restriction",
  severity: "warning",
  article: "GDPR Art. 17(3), Art. 18(2)",
  summary: "A collection with retention holds declares how kept rows are marked restricted.",
  hint: "add restriction: { column: restricted_at } or restriction: { side_table: waarborg_restrictions }",
  *run({ register }) {
    for (const [name, c] of Object.entries(register.datasets?.collections ?? {})) {
      if (c.holds.length > 0 && !c.restriction) {
        yield {
          path: ["datasets", "collections", name, "holds"],
          atKey: true,
          message: `Collection "${name}" keeps rows under a hold after an erasure request, but declares no restriction marker: kept data would still be used.`,
        };
      }
    }
  },
};

export const datasetHashWithoutReason: Rule = {
  id: "dataset-hash-without-reason",
  severity: "warning",
  article: "GDPR Art. 17(1), Recital 26",
  summary:
    "A field erased as a keyed hash says why: whoever holds the masking key can find the person again, so it is pseudonymised, not erased.",
  hint: "give hash_reason (e.g. to refuse a second free trial to the same address), or leave masking out to erase it irreversibly",
  *run({ register }) {
    for (const [name, c] of Object.entries(register.datasets?.collections ?? {})) {
      for (const [field, def] of Object.entries(c.fields)) {
        if (def.masking === "hash" && def.hash_reason === undefined) {
          yield {
            path: ["datasets", "collections", name, "fields", field, "masking"],
            message: `${name}.${field} is kept as a keyed hash after erasure without a hash_reason: that is pseudonymisation, still personal data, and the statement cannot say why it is kept.`,
          };
        }
      }
    }
  },
};

export const datasetHoldFollowsInvalid: Rule = {
  id: "dataset-hold-follows-invalid",
  severity: "error",
  article: "GDPR Art. 17(3)(b)",
  summary: "A hold that follows another row names a reference field of its collection.",
  hint: "write follows: <a field listed under references>, e.g. follows: invoice_id",
  *run({ register }) {
    for (const [name, c] of Object.entries(register.datasets?.collections ?? {})) {
      for (const [index, hold] of c.holds.entries()) {
        if (hold.follows !== undefined && !c.references.some((r) => r.field === hold.follows)) {
          yield {
            path: ["datasets", "collections", name, "holds", index, "follows"],
            message: `The hold on "${name}" follows "${hold.follows}", which is not one of its references: no row to follow.`,
          };
        }
      }
    }
  },
};

export const datasetReferenceCrossesPeople: Rule = {
  id: "dataset-reference-crosses-people",
  severity: "warning",
  article: "GDPR Art. 5(1)(f), Art. 17(1)",
  summary:
    "No reference a request walks leads from one person to another: a request for one person must not reach, or erase, anyone else.",
  hint: "declare a reference between people direction: none; the engine refuses a request that reaches other people",
  *run({ register }) {
    for (const crossing of personCrossings(buildGraph(register))) {
      yield {
        path: ["datasets", "collections", crossing.edge.child, "references", crossing.edge.index],
        message: crossing.message,
      };
    }
  },
};

export const datasetKeepPersonal: Rule = {
  id: "dataset-keep-personal",
  severity: "warning",
  article: "GDPR Art. 17(1)",
  summary: "`masking: keep` is for columns that are not personal data: erasure leaves them as they are.",
  hint: "leave masking out to erase the field, or declare a hold if the law wants it kept",
  *run({ register }) {
    for (const [name, c] of Object.entries(register.datasets?.collections ?? {})) {
      for (const [field, def] of Object.entries(c.fields)) {
        if (def.masking === "keep" && (def.category !== undefined || def.identity !== undefined)) {
          yield {
            path: ["datasets", "collections", name, "fields", field, "masking"],
            message: `${name}.${field} holds personal data (${def.category ?? `identity ${def.identity}`}) but says masking: keep: an erasure would leave it in place.`,
          };
        }
      }
    }
  },
};
