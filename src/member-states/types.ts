/**
 * What the product knows about one supervisory authority (Art. 51). Only the name is required: a field
 * is left out rather than guessed, and the texts then name the authority without it.
 */
export interface SupervisoryAuthority {
  /** "NL", or "DE-BY" for an authority of a German Land (ISO 3166-2). */
  key: string;
  /** The official name in the state's own language(s), keyed by language code ("nl", "fr", "de", ...). */
  names: Readonly<Record<string, string>>;
  /** The name in English, as the authority or the EDPB writes it. */
  english?: string;
  /** The short name people know it by, such as "AP" or "CNIL". */
  short?: string;
  /** Postal address as printed in one line. */
  address?: string;
  website?: string;
  /** The page where a complaint is lodged. */
  complaintPage?: string;
}

/** One member state's national choices under the GDPR, and how its companies are registered. */
export interface MemberState {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Art. 8(1): below this age a child's consent to an online service needs a parent's; 16 unless the state chose lower. */
  digitalConsentAge?: number;
  /** The national act implementing the GDPR, as cited in texts. */
  implementingAct?: { name: string; short?: string };
  /** The article of the national act that sets the age, where the state set one: "artikel 5 UAVG". */
  consentAgeArticle?: { nl: string; en: string };
  /** The register companies are entered in, and what its number is called. */
  companyRegister?: CompanyRegister;
  /** Whether the competent authority depends on the region (the German Länder). */
  authorityByRegion?: boolean;
}

export interface CompanyRegister {
  /** "ingeschreven bij de Kamer van Koophandel": how the statement says a company is in it, per language. */
  registered: { nl: string; en: string };
  /** Short name, e.g. "KvK" or "KBO/BCE". */
  short: string;
  /** What the number is called before it in a list, such as the Art. 30 record: "KvK", "Chamber of Commerce no.". */
  numberLabel: { nl: string; en: string };
}
