import type { ART9_GROUNDS } from "../register/index.js";
import type { Words } from "./words.js";

type Ground = (typeof ART9_GROUNDS)[number];

/** The Art. 9(2) exception in plain words; completes "op grond van ..." / "on the ground of ...". */
export const ART9_GROUND_PHRASE: Record<Ground, Words> = {
  explicit_consent: { nl: "{uw|je} uitdrukkelijke toestemming", en: "your explicit consent" },
  employment_social_security: {
    nl: "verplichtingen uit het arbeidsrecht en de sociale zekerheid",
    en: "obligations under employment and social security law",
  },
  vital_interests: {
    nl: "de bescherming van {uw|je} vitale belangen als {u|je} zelf geen toestemming kunt geven",
    en: "protecting your vital interests when you cannot give consent yourself",
  },
  non_profit_body: {
    nl: "de activiteiten van een stichting of vereniging zonder winstoogmerk",
    en: "the activities of a not-for-profit body",
  },
  made_public: {
    nl: "het feit dat {u|je} de gegevens zelf openbaar hebt gemaakt",
    en: "your having made the data public",
  },
  legal_claims: { nl: "een rechtsvordering", en: "establishing, exercising or defending legal claims" },
  substantial_public_interest: { nl: "een zwaarwegend algemeen belang", en: "a substantial public interest" },
  health_care: { nl: "gezondheidszorg of arbeidsgeneeskunde", en: "health care or occupational medicine" },
  public_health: { nl: "de volksgezondheid", en: "public health" },
  archiving_research: {
    nl: "archivering, wetenschappelijk of historisch onderzoek of statistiek",
    en: "archiving, scientific or historical research or statistics",
  },
};

/** The exception as the record names it, with the point of Art. 9(2) it stands under. */
export const ART9_GROUND_TERM: Record<Ground, Words> = {
  explicit_consent: { nl: "uitdrukkelijke toestemming (art. 9 lid 2 sub a)", en: "explicit consent (Art. 9(2)(a))" },
  employment_social_security: {
    nl: "arbeidsrecht en sociale zekerheid (art. 9 lid 2 sub b)",
    en: "employment and social security law (Art. 9(2)(b))",
  },
  vital_interests: { nl: "vitaal belang (art. 9 lid 2 sub c)", en: "vital interests (Art. 9(2)(c))" },
  non_profit_body: {
    nl: "stichting of vereniging zonder winstoogmerk (art. 9 lid 2 sub d)",
    en: "not-for-profit body (Art. 9(2)(d))",
  },
  made_public: {
    nl: "kennelijk openbaar gemaakt door de betrokkene (art. 9 lid 2 sub e)",
    en: "made public by the data subject (Art. 9(2)(e))",
  },
  legal_claims: { nl: "rechtsvorderingen (art. 9 lid 2 sub f)", en: "legal claims (Art. 9(2)(f))" },
  substantial_public_interest: {
    nl: "zwaarwegend algemeen belang (art. 9 lid 2 sub g)",
    en: "substantial public interest (Art. 9(2)(g))",
  },
  health_care: { nl: "gezondheidszorg (art. 9 lid 2 sub h)", en: "health or social care (Art. 9(2)(h))" },
  public_health: { nl: "volksgezondheid (art. 9 lid 2 sub i)", en: "public health (Art. 9(2)(i))" },
  archiving_research: {
    nl: "archivering, onderzoek of statistiek (art. 9 lid 2 sub j)",
    en: "archiving, research or statistics (Art. 9(2)(j))",
  },
};
