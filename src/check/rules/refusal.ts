import { type Path, type Right, RIGHTS, type Text } from "../../register/index.js";
import { refusalGroundApplies } from "../../vocabulary/index.js";
import type { Finding, Rule } from "../rule.js";

/**
 * Refusal grounds beyond what the GDPR allows, in the ways statements write them: Art. 12(5) allows a
 * refusal only of a manifestly unfounded or excessive request, the other articles name their own.
 */
const TOO_BROAD =
  /\b(unreasonabl\w*|onredelijk\w*|(at|in) (our|its) (sole |own )?discretion|naar (eigen|ons) (inzicht|goeddunken|oordeel)|inappropriate|ongepast\w*|vexatious|frivolous|for any reason|om welke reden (dan )?ook|without (giving )?(a )?reasons?|zonder opgaaf van redenen|zonder opgave van redenen|(business|commercial) interests?|(bedrijfs|commerci\w* )belang\w*)/i;

/** The first language whose wording names a ground too broad: [] for one text, [lang] per language. */
function tooBroad(text: Text | undefined): { at: string[]; words: string } | undefined {
  if (text === undefined) return undefined;
  const entries: [string[], string | undefined][] =
    typeof text === "string" ? [[[], text]] : Object.entries(text).map(([lang, t]) => [[lang], t]);
  for (const [at, value] of entries) {
    const match = value === undefined ? null : TOO_BROAD.exec(value.replace(/\s+/g, " "));
    if (match) return { at, words: match[0] };
  }
  return undefined;
}

function* broadAt(path: Path, text: Text | undefined): Generator<Finding> {
  const found = tooBroad(text);
  if (!found) return;
  yield {
    path: [...path, ...found.at],
    message: `A request may be refused only on the grounds the GDPR gives (a manifestly unfounded or excessive request, Art. 12(5), and the grounds of the right itself); "${found.words}" goes beyond them.`,
  };
}

export const refusalTooBroad: Rule = {
  id: "refusal-too-broad",
  severity: "error",
  article: "GDPR Art. 12(5), Art. 12(2)",
  summary: "The refusal wording names no ground broader than the GDPR allows (e.g. unreasonable requests).",
  hint: "list the grounds under rights.per_right.<right>.refusal_grounds, e.g. [manifestly_unfounded, excessive]",
  *run({ register }) {
    yield* broadAt(["rights", "refusal"], register.rights.refusal);
    for (const right of RIGHTS) {
      const terms = register.rights.per_right[right];
      if (!terms) continue;
      yield* broadAt(["rights", "per_right", right, "refusal"], terms.refusal);
      yield* broadAt(["rights", "per_right", right, "conditions"], terms.conditions);
    }
  },
};

export const refusalGroundNotApplicable: Rule = {
  id: "refusal-ground-not-applicable",
  severity: "error",
  article: "GDPR Art. 12(5), Art. 15(4), Art. 17(3), Art. 20, Art. 21(1)",
  summary: "A refusal ground is recorded only for a right the law lets it refuse.",
  hint: "remove the ground; manifestly_unfounded, excessive, identity_unconfirmed and statutory_restriction apply to every request",
  *run({ register }) {
    for (const right of RIGHTS) {
      const grounds = register.rights.per_right[right]?.refusal_grounds ?? [];
      for (const [i, ground] of grounds.entries()) {
        if (refusalGroundApplies(ground, right as Right)) continue;
        yield {
          path: ["rights", "per_right", right, "refusal_grounds", i],
          message: `"${ground}" is no ground to refuse a request for ${right.replaceAll("_", " ")}.`,
        };
      }
    }
  },
};
