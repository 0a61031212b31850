import type { NoneFact, Register } from "../register/index.js";
import { textIn } from "../kernel/index.js";
import { type Change, change } from "./change.js";

/** What the statement says for each entry under `none`, as a clause. */
const SAYS: Record<NoneFact, { nl: string; en: string }> = {
  recipients: {
    nl: "wij delen uw gegevens met niemand buiten onze organisatie",
    en: "we share your data with no one outside our organisation",
  },
  transfers: {
    nl: "wij geven uw gegevens niet door buiten de Europese Economische Ruimte",
    en: "we do not transfer your data outside the European Economic Area",
  },
  cookies: { nl: "wij gebruiken geen cookies", en: "we do not use cookies" },
  automated_decisions: {
    nl: "wij nemen geen besluiten die uitsluitend automatisch tot stand komen",
    en: "we take no decisions made solely by automated means",
  },
  dpo: {
    nl: "wij hebben geen functionaris gegevensbescherming aangesteld",
    en: "we have not appointed a data protection officer",
  },
};

/** What the register newly says it does not do, and what it no longer says so about. */
export function diffNone(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  for (const fact of after.none.filter((f) => !before.none.includes(f))) {
    out.push(
      change("none_added", "info", `none.${fact}`, (lang) =>
        textIn(lang, {
          nl: `Onze privacyverklaring zegt nu uitdrukkelijk: ${SAYS[fact].nl}.`,
          en: `Our privacy statement now says explicitly: ${SAYS[fact].en}.`,
        }),
      ),
    );
  }
  for (const fact of before.none.filter((f) => !after.none.includes(f))) {
    out.push(
      change("none_removed", "info", `none.${fact}`, (lang) =>
        textIn(lang, {
          nl: `Onze privacyverklaring zegt niet meer: ${SAYS[fact].nl}.`,
          en: `Our privacy statement no longer says: ${SAYS[fact].en}.`,
        }),
      ),
    );
  }
  return out;
}
