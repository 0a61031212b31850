import { compileRetention, ruleOfCollection } from "../../retention/index.js";
import type { Rule } from "../rule.js";

export const retentionUnsweepable: Rule = {
  id: "retention-unsweepable",
  severity: "warning",
  article: "GDPR Art. 5(1)(e)",
  summary: "A collection that names a retention rule says which date column the rule's period counts from.",
  hint: "write retention: { rule: <id>, since: <date column> } on the collection",
  *run({ register }) {
    for (const problem of compileRetention(register).problems) yield { path: problem.path, message: problem.message };
  },
};

/**
 * The statement promises every period of a rule an activity names. A promise nobody carries out is
 * the drift Waarborg exists to prevent: each such rule is swept on some collection, or the register
 * says who enforces it instead.
 */
export const retentionNotEnforced: Rule = {
  id: "retention-not-enforced",
  severity: "warning",
  article: "GDPR Art. 5(1)(e), Art. 5(2)",
  summary:
    "Every retention period the statement promises is enforced: a collection names its rule, or the rule says enforced_elsewhere.",
  hint: "name the rule on the collections that hold the data (retention: { rule, since }), or add enforced_elsewhere: who deletes it",
  *run({ register }) {
    const governed = new Set(
      Object.values(register.datasets?.collections ?? {}).flatMap((c) => {
        const rule = ruleOfCollection(c);
        return rule ? [rule] : [];
      }),
    );
    const promised = new Set(Object.values(register.activities).flatMap((a) => (a.retention ? [a.retention] : [])));
    for (const [id, rule] of Object.entries(register.retention)) {
      if (!promised.has(id) || !rule.period || governed.has(id) || rule.enforced_elsewhere) continue;
      yield {
        path: ["retention", id],
        atKey: true,
        message: `Retention rule "${id}" promises ${rule.period} in the statement, but no collection names it and it is not marked enforced_elsewhere, so nothing carries it out.`,
      };
    }
  },
};
