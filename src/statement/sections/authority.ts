import type { BuildContext } from "../context.js";
import { link, type Span } from "../../documents/index.js";
import { countryName } from "../../register/index.js";
import {
  authorityFullName,
  authorityName,
  authoritySite,
  competentAuthority,
  complaintUrl,
  seatCountry,
} from "../../member-states/index.js";

/**
 * The supervisory authority as the statement names it, from `organization.established_in`, `state`
 * and `lead_authority`. Where the register does not say enough to know it (a German company without
 * its Land), the statement speaks of "the supervisory authority" and names none.
 */
export function authorityWords(ctx: BuildContext): { name: string; fullName: string; link?: Span; role: string } {
  const authority = competentAuthority(ctx.register.organization);
  const country = countryName(authority?.key.slice(0, 2) ?? seatCountry(ctx.register.organization), ctx.lang);
  const role = authority?.key.includes("-")
    ? ctx.t({
        nl: `de toezichthouder op privacy voor onze regio in ${country}`,
        en: `the data protection authority for our region of ${country}`,
      })
    : ctx.t({ nl: `de toezichthouder op privacy in ${country}`, en: `the data protection authority in ${country}` });
  if (!authority) {
    const name = ctx.t({ nl: "de toezichthouder", en: "the supervisory authority" });
    return { name, fullName: name, role };
  }
  const url = complaintUrl(authority);
  const site = authoritySite(authority);
  return {
    name: `${ctx.t({ nl: "de ", en: "the " })}${authorityName(authority, ctx.lang)}`,
    fullName: `${ctx.t({ nl: "de ", en: "the " })}${authorityFullName(authority, ctx.lang)}`,
    link: url && site ? link(site, url) : undefined,
    role,
  };
}

/** The authority's postal address, when known, for the complaint section. */
export function authorityAddress(ctx: BuildContext): string | undefined {
  return competentAuthority(ctx.register.organization)?.address;
}
