import { type Activity, dataCategories, localize, type Register } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { type Change, change } from "./change.js";
import { diffRetention } from "./retention.js";
import { BASIS_TERM, RECIPIENT_KIND, sentence } from "../vocabulary/index.js";
import { sameText } from "./words.js";

/** Changes per processing activity: new and ended activities, then what changed inside the ones kept. */
export function diffActivities(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  for (const [id, activity] of Object.entries(after.activities)) {
    const old = before.activities[id];
    if (!old) out.push(activityAdded(after, id, activity));
    else out.push(...activityChanged(before, after, id, old, activity));
  }
  for (const [id, activity] of Object.entries(before.activities)) {
    if (!(id in after.activities)) {
      out.push(
        change("activity_removed", "info", `activities.${id}`, (lang) =>
          textIn(lang, {
            nl: `Deze verwerking stopt: ${localize(activity.name, lang)}.`,
            en: `This processing ends: ${localize(activity.name, lang)}.`,
          }),
        ),
      );
    }
  }
  return out;
}

function basisWords(basis: Activity["legal_basis"], lang: Lang): string {
  if (!basis) return textIn(lang, { nl: "geen grondslag", en: "no legal basis" });
  return BASIS_TERM[basis][lang];
}

function categoryLabel(register: Register, id: string, lang: Lang): string {
  return dataCategories(register)[id]?.label[lang] ?? id;
}

function activityAdded(register: Register, id: string, activity: Activity): Change {
  return change("activity_added", "notify", `activities.${id}`, (lang) => {
    const name = localize(activity.name, lang);
    const purpose = localize(activity.purpose, lang);
    const basis = basisWords(activity.legal_basis, lang);
    const data = activity.data_categories.map((c) => categoryLabel(register, c, lang)).join(", ");
    return textIn(lang, {
      nl: `Nieuwe verwerking: ${name}. Doel: ${purpose} (grondslag: ${basis}).${data ? ` Gegevens: ${data}.` : ""}`,
      en: `New processing: ${name}. Purpose: ${purpose} (legal basis: ${basis}).${data ? ` Data: ${data}.` : ""}`,
    });
  });
}

function activityChanged(before: Register, after: Register, id: string, old: Activity, now: Activity): Change[] {
  const out: Change[] = [];
  const ref = `activities.${id}`;
  const name = (lang: Lang) => localize(now.name, lang);

  if (!sameText(old.purpose, now.purpose) || old.purpose_kind !== now.purpose_kind) {
    // A new wording of the same kind of purpose is information; a different purpose (or one we cannot
    // classify) is further processing people must hear about first (Art. 13(3)): the stricter reading.
    const samePurpose = old.purpose_kind !== undefined && old.purpose_kind === now.purpose_kind;
    out.push(
      change("purpose_changed", samePurpose ? "info" : "notify", `${ref}.purpose`, (lang) => {
        const was = localize(old.purpose, lang);
        const is = localize(now.purpose, lang);
        return textIn(lang, {
          nl: `${name(lang)}: het doel wordt "${is}" (was: "${was}").`,
          en: `${name(lang)}: the purpose becomes "${is}" (was: "${was}").`,
        });
      }),
    );
  }

  if (old.legal_basis !== now.legal_basis) {
    out.push(
      change("legal_basis_changed", "info", `${ref}.legal_basis`, (lang) =>
        textIn(lang, {
          nl: `${name(lang)}: de grondslag verandert van ${basisWords(old.legal_basis, lang)} naar ${basisWords(now.legal_basis, lang)}.`,
          en: `${name(lang)}: the legal basis changes from ${basisWords(old.legal_basis, lang)} to ${basisWords(now.legal_basis, lang)}.`,
        }),
      ),
    );
  }

  for (const category of now.data_categories.filter((c) => !old.data_categories.includes(c))) {
    out.push(
      change("data_category_added", "notify", `${ref}.data_categories.${category}`, (lang) => {
        const label = categoryLabel(after, category, lang);
        return textIn(lang, {
          nl: `${name(lang)}: voortaan verwerken wij ook uw ${label}.`,
          en: `${name(lang)}: we now also process your ${label}.`,
        });
      }),
    );
  }
  for (const category of old.data_categories.filter((c) => !now.data_categories.includes(c))) {
    out.push(
      change("data_category_removed", "info", `${ref}.data_categories.${category}`, (lang) => {
        const label = categoryLabel(before, category, lang);
        return textIn(lang, {
          nl: `${name(lang)}: wij verwerken uw ${label} niet meer.`,
          en: `${name(lang)}: we no longer process your ${label}.`,
        });
      }),
    );
  }

  const retention = diffRetention(before.retention[old.retention ?? ""], after.retention[now.retention ?? ""]);
  if (retention) {
    out.push(
      change(retention.kind, retention.impact, `${ref}.retention`, (lang) =>
        sentence(`${name(lang)}: ${retention.say(lang)}`),
      ),
    );
  }

  for (const recipient of now.recipients.filter((r) => !old.recipients.includes(r))) {
    out.push(
      change("recipient_added", "notify", `${ref}.recipients.${recipient}`, (lang) => {
        const entry = after.recipients[recipient];
        const who = entry ? `${localize(entry.name, lang)} (${RECIPIENT_KIND[entry.kind][lang]})` : recipient;
        return textIn(lang, {
          nl: `${name(lang)}: wij delen gegevens voortaan ook met ${who}.`,
          en: `${name(lang)}: we now also share data with ${who}.`,
        });
      }),
    );
  }
  for (const recipient of old.recipients.filter((r) => !now.recipients.includes(r))) {
    out.push(
      change("recipient_removed", "info", `${ref}.recipients.${recipient}`, (lang) => {
        const who = localize(before.recipients[recipient]?.name, lang) || recipient;
        return textIn(lang, {
          nl: `${name(lang)}: wij delen geen gegevens meer met ${who}.`,
          en: `${name(lang)}: we no longer share data with ${who}.`,
        });
      }),
    );
  }
  return out;
}
