import { controllerText, optionalParty, partyText, recordController } from "../record/index.js";
import type { Register } from "../register/index.js";
import { type Change, change } from "./change.js";
import { versionOf, versionWords } from "./version-words.js";
import { textIn } from "../kernel/index.js";

/** Who is responsible and how to reach them (Art. 13(1)(a)-(b)), and which version of the statement applies. */
export function diffOrganization(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  const old = before.statement;
  const now = after.statement;
  if (old.version !== now.version || old.effective_date !== now.effective_date) {
    out.push(
      change("version_changed", "info", "statement.version", (lang) => {
        const [was, is] = [versionWords(versionOf(before), lang), versionWords(versionOf(after), lang)];
        // "Versie 3.1, geldig vanaf ...," closes its aside with a comma; the shorter forms have none.
        const comma = now.version && now.effective_date ? "," : "";
        const sentence = textIn(lang, { nl: `${is}${comma} vervangt ${was}.`, en: `${is}${comma} replaces ${was}.` });
        return sentence.charAt(0).toUpperCase() + sentence.slice(1);
      }),
    );
  }

  const controller = (register: Register, lang: "nl" | "en") => controllerText(recordController(register, lang));
  if (controller(before, "nl") !== controller(after, "nl")) {
    out.push(
      change("controller_changed", "info", "organization", (lang) =>
        textIn(lang, {
          nl: `Onze gegevens als verwerkingsverantwoordelijke zijn gewijzigd: ${controller(after, lang)}.`,
          en: `Our details as the controller have changed: ${controller(after, lang)}.`,
        }),
      ),
    );
  }

  const dpo = (register: Register, lang: "nl" | "en") => partyText(optionalParty(register.organization.dpo, lang));
  const [oldDpo, newDpo] = [dpo(before, "nl"), dpo(after, "nl")];
  if (oldDpo !== newDpo) {
    out.push(
      change("dpo_changed", "info", "organization.dpo", (lang) => {
        const text = dpo(after, lang);
        if (!oldDpo) {
          return textIn(lang, {
            nl: `Wij hebben een functionaris gegevensbescherming aangesteld: ${text}.`,
            en: `We have appointed a data protection officer: ${text}.`,
          });
        }
        if (!newDpo) {
          return textIn(lang, {
            nl: "Wij hebben geen functionaris gegevensbescherming meer.",
            en: "We no longer have a data protection officer.",
          });
        }
        return textIn(lang, {
          nl: `De contactgegevens van onze functionaris gegevensbescherming zijn gewijzigd: ${text}.`,
          en: `The contact details of our data protection officer have changed: ${text}.`,
        });
      }),
    );
  }
  return out;
}
