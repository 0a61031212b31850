import { type Lang, textIn } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { formatDate } from "../vocabulary/index.js";

/**
 * The version of a statement a change notice refers to. Both fields are null when the register records
 * none, so the JSON notice keeps one shape and no sentence names a version or date nobody recorded.
 */
export interface VersionInfo {
  version: string | null;
  effective_date: string | null;
}

export function versionOf(register: Register): VersionInfo {
  return { version: register.statement.version ?? null, effective_date: register.statement.effective_date ?? null };
}

/** "versie 3.0, geldig vanaf 1 november 2026", or as much of it as is recorded, lower-case for mid-sentence. */
export function versionWords(info: VersionInfo, lang: Lang): string {
  const date = info.effective_date ? formatDate(info.effective_date, lang) : undefined;
  const { version } = info;
  if (version && date)
    return textIn(lang, { nl: `versie ${version}, geldig vanaf ${date}`, en: `version ${version}, effective ${date}` });
  if (version) return textIn(lang, { nl: `versie ${version}`, en: `version ${version}` });
  if (date) return textIn(lang, { nl: `de versie die geldt vanaf ${date}`, en: `the version effective ${date}` });
  return textIn(lang, { nl: "een versie zonder nummer of datum", en: "a version without a number or date" });
}

/** The introduction of a change notice: what applies now and what it replaces, as far as either is recorded. */
export function versionIntro(o: VersionInfo, n: VersionInfo, lang: Lang): string {
  const date = n.effective_date ? formatDate(n.effective_date, lang) : undefined;
  const from = date
    ? textIn(lang, { nl: ` De aanpassingen gelden vanaf ${date}.`, en: ` The changes apply from ${date}.` })
    : "";
  if (o.version === n.version) {
    const which = n.version ? textIn(lang, { nl: ` (versie ${n.version})`, en: ` (version ${n.version})` }) : "";
    return textIn(lang, {
      nl: `Onze privacyverklaring${which} is aangepast.${from}`,
      en: `Our privacy statement${which} has been updated.${from}`,
    });
  }
  const applies = !n.version
    ? textIn(lang, {
        nl: `Onze privacyverklaring is aangepast.${from}`,
        en: `Our privacy statement has been updated.${from}`,
      })
    : date
      ? textIn(lang, {
          nl: `Vanaf ${date} geldt versie ${n.version} van onze privacyverklaring.`,
          en: `From ${date}, version ${n.version} of our privacy statement applies.`,
        })
      : textIn(lang, {
          nl: `Er geldt een nieuwe versie van onze privacyverklaring: versie ${n.version}.`,
          en: `A new version of our privacy statement applies: version ${n.version}.`,
        });
  const replaces = o.version
    ? textIn(lang, { nl: ` Die vervangt versie ${o.version}.`, en: ` It replaces version ${o.version}.` })
    : "";
  return `${applies}${replaces}${textIn(lang, { nl: " Hieronder leest u wat er verandert.", en: " Below you can read what changes." })}`;
}

/** The text notice's heading tail: "3.0 -> 3.1 (1 januari 2027)", leaving out what neither register records. */
export function versionHeading(o: VersionInfo, n: VersionInfo, lang: Lang): string {
  const none = textIn(lang, { nl: "zonder nummer", en: "unnumbered" });
  const versions = o.version || n.version ? ` ${o.version ?? none} -> ${n.version ?? none}` : "";
  const date = n.effective_date ? ` (${formatDate(n.effective_date, lang)})` : "";
  return `${versions}${date}`;
}
