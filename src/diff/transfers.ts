import { ADEQUATE, countryName, isInEea, localize, type Register, type Text } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { NO_SAFEGUARD_RECORDED, SAFEGUARD_TERM, word } from "../vocabulary/index.js";
import { type Change, change } from "./change.js";

interface Transfer {
  recipient: string;
  name: Text;
  country: string;
  /** The declared safeguard, or adequacy when the country has a decision; undefined when unprotected. */
  safeguard?: string;
}

const LEAD = {
  added: { nl: "Nieuwe doorgifte buiten de EER", en: "New transfer outside the EEA" },
  changed: { nl: "Doorgifte buiten de EER", en: "Transfer outside the EEA" },
  removed: { nl: "Doorgifte buiten de EER stopt", en: "Transfer outside the EEA ends" },
};

/** Recipients some activity shares data with: an unused entry in the register moves no data. */
function usedRecipients(register: Register): string[] {
  const used = new Set(Object.values(register.activities).flatMap((a) => a.recipients));
  return Object.keys(register.recipients).filter((id) => used.has(id));
}

function transfers(register: Register): Map<string, Transfer> {
  const out = new Map<string, Transfer>();
  for (const id of usedRecipients(register)) {
    const recipient = register.recipients[id]!;
    for (const country of recipient.location.filter((c) => !isInEea(c))) {
      const safeguard = recipient.transfer?.safeguard ?? (ADEQUATE.has(country) ? "adequacy" : undefined);
      out.set(`${id}.${country}`, { recipient: id, name: recipient.name, country, safeguard });
    }
  }
  return out;
}

function safeguardWords(safeguard: string | undefined, lang: Lang): string {
  return safeguard ? word(SAFEGUARD_TERM, safeguard, lang) : NO_SAFEGUARD_RECORDED[lang];
}

/** "Doorgifte buiten de EER stopt – Verenigde Staten (US): Freshworks Inc.": what happens, then where and who. */
const about = (lead: { nl: string; en: string }, t: Transfer, lang: Lang) =>
  `${lead[lang]} – ${countryName(t.country, lang)} (${t.country}): ${localize(t.name, lang)}`;

/**
 * Transfers outside the EEA (Art. 44-49) and new places inside it. A transfer without a safeguard, or one
 * that loses its safeguard, is announced: that widens the risk people run.
 */
export function diffTransfers(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  const old = transfers(before);
  const now = transfers(after);
  for (const [key, t] of now) {
    const was = old.get(key);
    const ref = `recipients.${t.recipient}.location.${t.country}`;
    if (!was) {
      out.push(
        change("transfer_added", "notify", ref, (lang) =>
          textIn(lang, {
            nl: `${about(LEAD.added, t, lang)}; waarborg: ${safeguardWords(t.safeguard, lang)}.`,
            en: `${about(LEAD.added, t, lang)}; safeguard: ${safeguardWords(t.safeguard, lang)}.`,
          }),
        ),
      );
    } else if (was.safeguard !== t.safeguard) {
      const impact = t.safeguard === undefined || t.safeguard === "none" ? "notify" : "info";
      out.push(
        change("safeguard_changed", impact, ref, (lang) => {
          const from = safeguardWords(was.safeguard, lang);
          const to = safeguardWords(t.safeguard, lang);
          return textIn(lang, {
            nl: `${about(LEAD.changed, t, lang)}; de waarborg verandert van ${from} naar ${to}.`,
            en: `${about(LEAD.changed, t, lang)}; the safeguard changes from ${from} to ${to}.`,
          });
        }),
      );
    }
  }
  for (const [key, t] of old) {
    if (now.has(key)) continue;
    out.push(
      change(
        "transfer_removed",
        "info",
        `recipients.${t.recipient}.location.${t.country}`,
        (lang) => `${about(LEAD.removed, t, lang)}.`,
      ),
    );
  }
  out.push(...diffEeaLocations(before, after));
  return out;
}

/** A recipient now (or no longer) in another EEA country: no transfer, but people are told where their data is. */
function diffEeaLocations(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  const used = new Set([...usedRecipients(before), ...usedRecipients(after)]);
  for (const id of [...used].sort()) {
    const old = before.recipients[id];
    const now = after.recipients[id];
    if (!old || !now) continue;
    const name = (lang: Lang) => localize(now.name, lang);
    for (const country of now.location.filter((c) => isInEea(c) && !old.location.includes(c))) {
      out.push(
        change("recipient_country_added", "info", `recipients.${id}.location.${country}`, (lang) =>
          textIn(lang, {
            nl: `${name(lang)} verwerkt gegevens voortaan ook in dit land binnen de EER: ${countryName(country, lang)}.`,
            en: `${name(lang)} now also processes data in this country inside the EEA: ${countryName(country, lang)}.`,
          }),
        ),
      );
    }
    for (const country of old.location.filter((c) => isInEea(c) && !now.location.includes(c))) {
      out.push(
        change("recipient_country_removed", "info", `recipients.${id}.location.${country}`, (lang) =>
          textIn(lang, {
            nl: `${name(lang)} verwerkt geen gegevens meer in dit land: ${countryName(country, lang)}.`,
            en: `${name(lang)} no longer processes data in this country: ${countryName(country, lang)}.`,
          }),
        ),
      );
    }
  }
  return out;
}
