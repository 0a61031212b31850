import { supportedCountries } from "../../deadlines/index.js";
import {
  authorityByKey,
  competentAuthorityKey,
  deadlineCountry,
  memberState,
  seatCountry,
} from "../../member-states/index.js";
import { isInEea } from "../../register/index.js";
import type { Rule } from "../rule.js";

/**
 * The statement names the authority people can complain to; in Germany that is the authority of the
 * Land, so a German company must say which Land (or name its lead authority), and a named authority
 * must be one the product knows.
 */
export const supervisoryAuthorityUnknown: Rule = {
  id: "supervisory-authority-unknown",
  severity: "error",
  article: "GDPR Art. 13(2)(d), Art. 55-56, Art. 77",
  summary: "The register says enough to know the supervisory authority: in Germany the Land, or a lead authority.",
  *run({ register }) {
    const org = register.organization;
    const country = seatCountry(org);
    if (!org.lead_authority && !isInEea(country)) return;
    const key = competentAuthorityKey(org);
    if (key === undefined) {
      yield {
        path: org.established_in ? ["organization", "established_in"] : ["organization"],
        atKey: !org.established_in,
        message: `In ${country} the supervisory authority depends on the region of establishment, and the register names neither that region nor a lead authority.`,
        hint: `add organization.state (the ${country === "DE" ? "Land, e.g. BY or NW" : "region"}) or organization.lead_authority (e.g. ${country}-BY)`,
      };
      return;
    }
    if (!authorityByKey(key)) {
      const where = org.lead_authority ? "lead_authority" : "state";
      const regional = memberState(key.slice(0, 2))?.authorityByRegion;
      yield {
        path: ["organization", where],
        message: `No supervisory authority is known for "${key}".`,
        hint: regional
          ? `use the Land's code, e.g. ${key.slice(0, 2)}-BY for Bayern`
          : "use an EU/EEA country code such as BE, or DE- and the Land such as DE-BY",
      };
    }
  },
};

/** The request service counts deadlines in the holidays of the state of establishment (or the lead authority's). */
export const holidayCalendarMissing: Rule = {
  id: "holiday-calendar-missing",
  severity: "warning",
  article: "GDPR Art. 12(3), Regulation 1182/71 art. 3(4)",
  summary: "The product knows the public holidays of the state whose deadlines the company keeps (NL, BE, DE).",
  *run({ register }) {
    const country = deadlineCountry(register.organization);
    if (supportedCountries().includes(country)) return;
    const org = register.organization;
    yield {
      path: org.lead_authority ? ["organization", "lead_authority"] : ["organization", "established_in"],
      message: `Request deadlines follow the public holidays of ${country}, which the product does not know: the request service will not start with this register.`,
      hint: `holiday calendars exist for ${supportedCountries().join(", ")}`,
    };
  },
};
