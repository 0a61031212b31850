import type { CONSENT_MECHANISMS, COOKIE_PURPOSES } from "../register/index.js";
import type { Words } from "./words.js";

type CookiePurpose = (typeof COOKIE_PURPOSES)[number];

/** How consent is asked for: said as the register says it, valid or not; `check` flags the invalid ones. */
export const CONSENT_MECHANISM: Record<(typeof CONSENT_MECHANISMS)[number], Words> = {
  opt_in: {
    nl: "{u|je} geeft toestemming door dat zelf actief aan te geven",
    en: "you give consent by actively opting in",
  },
  double_opt_in: {
    nl: "{u meldt zich|je meldt je} aan en bevestigt dat via een link in een e-mail die wij {u|je} sturen",
    en: "you sign up and confirm through a link in an e-mail we send you",
  },
  implied_by_use: {
    nl: "wij gaan ervan uit dat {u|je} toestemming geeft als {u|je} onze website gebruikt",
    en: "we assume you consent when you use our website",
  },
  implied_by_account: {
    nl: "wij gaan ervan uit dat {u|je} toestemming geeft als {u|je} een account aanmaakt",
    en: "we assume you consent when you create an account",
  },
  implied_by_form: {
    nl: "wij gaan ervan uit dat {u|je} toestemming geeft als {u|je} een formulier invult",
    en: "we assume you consent when you fill in a form",
  },
  pre_ticked: { nl: "het vakje voor toestemming staat vooraf aangevinkt", en: "the consent box is ticked in advance" },
  opt_out: {
    nl: "wij doen dit, tenzij {u|je} aangeeft dat {u|je} het niet wilt",
    en: "we do this unless you tell us you do not want it",
  },
};

/** What a cookie is for, as the heading of its group in the statement's cookie table. */
export const COOKIE_PURPOSE_NAME: Record<CookiePurpose, Words> = {
  necessary: { nl: "Noodzakelijk", en: "Strictly necessary" },
  functional: { nl: "Functioneel", en: "Functional" },
  preferences: { nl: "Voorkeuren", en: "Preferences" },
  analytics: { nl: "Statistieken", en: "Statistics" },
  marketing: { nl: "Marketing", en: "Marketing" },
  social: { nl: "Sociale media", en: "Social media" },
};

/** A whole kind of cookies, named inside a sentence ("we always set ... and functional cookies"). */
export const COOKIE_KIND_PLURAL: Record<CookiePurpose, Words> = {
  necessary: { nl: "noodzakelijke cookies", en: "strictly necessary cookies" },
  functional: { nl: "functionele cookies", en: "functional cookies" },
  preferences: { nl: "voorkeurscookies", en: "preference cookies" },
  analytics: { nl: "analytische cookies", en: "analytics cookies" },
  marketing: { nl: "marketingcookies", en: "marketing cookies" },
  social: { nl: "socialemediacookies", en: "social media cookies" },
};

/** What a cookie is for, as a term inside a sentence of the change notice. */
export const COOKIE_PURPOSE_TERM: Record<CookiePurpose, Words> = {
  necessary: { nl: "strikt noodzakelijk", en: "strictly necessary" },
  functional: { nl: "functioneel", en: "functional" },
  preferences: { nl: "voorkeuren", en: "preferences" },
  analytics: { nl: "statistieken", en: "analytics" },
  marketing: { nl: "marketing", en: "marketing" },
  social: { nl: "sociale media", en: "social media" },
};
