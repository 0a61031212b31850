import { RegisterSchema, type Text } from "../../register/index.js";
import type { Rule } from "../rule.js";
import { textValues } from "./text-paths.js";

/**
 * Laws and frameworks that no longer apply but survive in statements copied from older ones. Each
 * pattern comes with why it no longer applies, in the words the finding uses.
 */
const REPEALED: readonly { pattern: RegExp; why: string }[] = [
  {
    // The Wbp BES still applies in the Caribbean Netherlands; only the European-Dutch act is repealed.
    pattern: /\bwbp\b(?!\s*bes)|\bwet bescherming persoonsgegevens\b(?!\s*bes)/i,
    why: "the Wbp (Wet bescherming persoonsgegevens), repealed on 25 May 2018 when the GDPR came to apply and the UAVG replaced it",
  },
  {
    pattern: /\b95\/46(\/e[gc])?\b/i,
    why: "Directive 95/46/EC, repealed by the GDPR (Art. 94) from 25 May 2018",
  },
  {
    pattern: /\bprivacy shield\b/i,
    why: "the EU-US Privacy Shield, invalidated by the Court of Justice on 16 July 2020 (C-311/18); transfers to the US now rest on the EU-US Data Privacy Framework or other Chapter V safeguards",
  },
];

function citedRepeal(text: Text): { lang: string | undefined; why: string } | undefined {
  const entries: [string | undefined, string][] =
    typeof text === "string" ? [[undefined, text]] : Object.entries(text).filter((e): e is [string, string] => !!e[1]);
  for (const [lang, value] of entries) {
    const found = REPEALED.find((r) => r.pattern.test(value));
    if (found) return { lang, why: found.why };
  }
  return undefined;
}

export const repealedLawCited: Rule = {
  id: "repealed-law-cited",
  severity: "warning",
  article: "GDPR Art. 5(1)(a), Art. 12(1), Art. 94",
  summary: "Texts in the register cite the law that applies, not a repealed act or an invalidated framework.",
  hint: "cite the GDPR (AVG) and the UAVG instead; for US transfers, name the safeguard that applies now",
  *run({ register }) {
    for (const [path, text] of textValues(RegisterSchema, register)) {
      const cited = citedRepeal(text);
      if (!cited) continue;
      yield {
        path: cited.lang ? [...path, cited.lang] : path,
        message: `${path.join(".")} cites ${cited.why}.`,
      };
    }
  },
};
