import type { BuildContext } from "../context.js";
import { link, type Span } from "../../documents/index.js";
import { countryName } from "../../register/index.js";
import {
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
export function authorityWords(ctx: BuildContext): { name: string; link?: Span; role: string } {
  const authority = competentAuthority(ctx.register.organization);
  const country = countryName(seatCountry(ctx.register.organization), ctx.lang);
  const role = ctx.t({
    nl: `de toezichthouder op privacy in ${country}`,
    en: `the data protection authority in ${country}`,
  });
  if (!authority) return { name: ctx.t({ nl: "de toezichthouder", en: "the supervisory authority" }), role };
  const url = complaintUrl(authority);
  const site = authoritySite(authority);
  return {
    name: `${ctx.t({ nl: "de ", en: "the " })}${authorityName(authority, ctx.lang)}`,
    link: url && site ? link(site, url) : undefined,
    role,
  };
}

/** The authority's postal address, when known, for the complaint section. */
export function authorityAddress(ctx: BuildContext): string | undefined {
  return competentAuthority(ctx.register.organization)?.address;
}
