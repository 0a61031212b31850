import { localize, type Register } from "../register/index.js";
import { type Change, change } from "./change.js";
import { sentence } from "../vocabulary/index.js";
import { sameText } from "./words.js";
import { textIn } from "../kernel/index.js";

type Decision = Register["automated_decisions"][string];

function explain(decision: Decision, lang: "nl" | "en", intro: { nl: string; en: string }): string {
  const parts: string[] = [];
  const logic = localize(decision.logic, lang);
  const consequences = localize(decision.consequences, lang);
  if (logic) parts.push(`${intro[lang]} ${sentence(logic)}`);
  if (consequences) parts.push(`${textIn(lang, { nl: "Gevolgen:", en: "Consequences:" })} ${sentence(consequences)}`);
  return parts.join(" ");
}

/** Automated decisions (Art. 22): a new one is announced with its logic and consequences (Art. 13(2)(f)). */
export function diffDecisions(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  for (const [id, decision] of Object.entries(after.automated_decisions)) {
    const old = before.automated_decisions[id];
    const ref = `automated_decisions.${id}`;
    if (!old) {
      out.push(
        change("automated_decision_added", "notify", ref, (lang) => {
          const head = `${textIn(lang, { nl: "Nieuw geautomatiseerd besluit", en: "New automated decision" })}: ${sentence(localize(decision.name, lang))}`;
          const body = explain(decision, lang, { nl: "Zo werkt het:", en: "How it works:" });
          return body ? `${head} ${body}` : head;
        }),
      );
      continue;
    }
    const changed =
      !sameText(old.logic, decision.logic) ||
      !sameText(old.consequences, decision.consequences) ||
      old.legal_effect !== decision.legal_effect;
    if (changed) {
      out.push(
        change("automated_decision_changed", "info", ref, (lang) => {
          const name = localize(decision.name, lang);
          const head = textIn(lang, {
            nl: `Het geautomatiseerde besluit "${name}" verandert.`,
            en: `The automated decision "${name}" changes.`,
          });
          const body = explain(decision, lang, { nl: "Zo werkt het voortaan:", en: "How it works from now on:" });
          return body ? `${head} ${body}` : head;
        }),
      );
    }
  }
  for (const [id, decision] of Object.entries(before.automated_decisions)) {
    if (id in after.automated_decisions) continue;
    out.push(
      change("automated_decision_removed", "info", `automated_decisions.${id}`, (lang) => {
        const name = localize(decision.name, lang);
        return textIn(lang, {
          nl: `Het geautomatiseerde besluit "${name}" vervalt.`,
          en: `The automated decision "${name}" is discontinued.`,
        });
      }),
    );
  }
  return out;
}
