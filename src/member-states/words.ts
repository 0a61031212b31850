import { type Lang, textIn } from "../kernel/index.js";
import { memberState } from "./lookup.js";
import type { CompanyRegister, SupervisoryAuthority } from "./types.js";

/**
 * The authority's name for a reader in `lang`: its own Dutch name in Dutch where it has one (the AP,
 * the Belgian GBA), otherwise its name in its own language; in English the English name with the
 * official one after it.
 */
export function authorityName(authority: SupervisoryAuthority, lang: Lang): string {
  const first = Object.values(authority.names)[0] ?? authority.english ?? authority.key;
  const dutch = authority.names.nl ?? first;
  const own = authority.names.en ?? first;
  const english = authority.english && authority.english !== own ? `${authority.english} (${own})` : own;
  return textIn(lang, { nl: dutch, en: english });
}

/** The name with the short name people know it by: "Gegevensbeschermingsautoriteit (GBA/APD)". */
export function authorityFullName(authority: SupervisoryAuthority, lang: Lang): string {
  const name = authorityName(authority, lang);
  const short = authority.short;
  if (!short || name.includes(short)) return name;
  return name.endsWith(")") ? `${name.slice(0, -1)}, ${short})` : `${name} (${short})`;
}

/** The website without its scheme, as printed in running text. */
export function authoritySite(authority: SupervisoryAuthority): string | undefined {
  return authority.website?.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/** Where a complaint is lodged: the complaint page when known, else the website. */
export function complaintUrl(authority: SupervisoryAuthority): string | undefined {
  return authority.complaintPage ?? authority.website;
}

/** The company register of a state, when the product knows it. */
export function companyRegister(country: string): CompanyRegister | undefined {
  return memberState(country)?.companyRegister;
}

/** The national act implementing the GDPR, short form first ("UAVG"), when known. */
export function implementingActName(country: string): string | undefined {
  const act = memberState(country)?.implementingAct;
  return act ? (act.short ?? act.name) : undefined;
}
