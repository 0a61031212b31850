import { type InLang, type Lang, LANGUAGES } from "../../kernel/index.js";

/**
 * The words every page shares (layout, error pages, form mechanics), in Dutch and English. Words that
 * belong to one part of the service live next to it (the privacy center's in src/http/center/words.ts);
 * words about the law (rights, legal bases) come from src/vocabulary, so a page and the statement
 * never name the same thing differently.
 */
export interface CommonWords {
  /** The language's own name, for the switch that leads to it. */
  languageName: string;
  skipToContent: string;
  mainNavigation: string;
  footerNavigation: string;
  privacyStatement: string;
  cookieSettings: string;
  notFoundTitle: string;
  notFoundText: string;
  serverErrorTitle: string;
  serverErrorText: string;
  badRequestTitle: string;
  badRequestText: string;
  backHome: string;
  errorSummary: string;
  required: string;
  optional: string;
  /** Beside a field the form's schema refused (sent twice, or not as text): only a tampered form does that. */
  fieldMalformed: string;
}

const WORDS: Record<Lang, CommonWords> = {
  nl: {
    languageName: "Nederlands",
    skipToContent: "Naar de inhoud",
    mainNavigation: "Hoofdmenu",
    footerNavigation: "Voettekst",
    privacyStatement: "Privacyverklaring",
    cookieSettings: "Cookie-instellingen",
    notFoundTitle: "Pagina niet gevonden",
    notFoundText:
      "Deze pagina bestaat niet (meer). {Kwam u|Kwam je} hier via een link uit een e-mail, dan is die link misschien verlopen.",
    serverErrorTitle: "Er ging iets mis",
    serverErrorText: "Er ging bij ons iets mis. Probeer het later nog eens; er is niets opgeslagen.",
    badRequestTitle: "Dit verzoek kunnen wij niet lezen",
    badRequestText: "Wat de browser stuurde, kunnen wij niet verwerken. Ga terug en probeer het opnieuw.",
    backHome: "Naar de startpagina",
    errorSummary: "Er is iets niet in orde",
    required: "verplicht",
    optional: "niet verplicht",
    fieldMalformed: "Dit veld kunnen wij niet lezen. Vul het opnieuw in en verstuur het formulier nog eens.",
  },
  en: {
    languageName: "English",
    skipToContent: "Skip to content",
    mainNavigation: "Main menu",
    footerNavigation: "Footer",
    privacyStatement: "Privacy statement",
    cookieSettings: "Cookie settings",
    notFoundTitle: "Page not found",
    notFoundText:
      "This page does not exist (any more). If you came here through a link in an e-mail, the link may have expired.",
    serverErrorTitle: "Something went wrong",
    serverErrorText: "Something went wrong on our side. Please try again later; nothing was saved.",
    badRequestTitle: "We cannot read this request",
    badRequestText: "We cannot process what the browser sent. Please go back and try again.",
    backHome: "Go to the home page",
    errorSummary: "Something needs your attention",
    required: "required",
    optional: "optional",
    fieldMalformed: "We cannot read this field. Please fill it in again and send the form once more.",
  },
};

export function commonWords(lang: Lang): CommonWords {
  return WORDS[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

const OTHER_LANG = { nl: "en", en: "nl" } as const satisfies InLang<Lang>;

/** The other language: the pages come in two, so the switch always leads to exactly one. */
export function otherLang(lang: Lang): Lang {
  return OTHER_LANG[lang];
}

/**
 * The visitor's language from an Accept-Language header: the supported language with the highest
 * quality, Dutch when the header names neither (the product's home market).
 */
export function negotiateLang(header: string | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const part of (header ?? "").split(",")) {
    const [range = "", ...params] = part.trim().split(";");
    const primary = range.trim().toLowerCase().split("-")[0];
    if (!isLang(primary)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? "nl";
}

/** `?lang=` when it names a supported language, else the Accept-Language choice. */
export function requestLang(query: unknown, acceptLanguage: string | undefined): Lang {
  const asked = (query as { lang?: unknown } | undefined)?.lang;
  return isLang(asked) ? asked : negotiateLang(acceptLanguage);
}
