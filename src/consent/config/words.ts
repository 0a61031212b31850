import type { InLang } from "../../kernel/index.js";
import type { BannerTexts } from "../banner/shape.js";

/** What the texts are made from: who asks, and for what. */
export interface TextParts {
  org: string;
  /** "Statistieken (Plausible Insights OÜ)", joined as a list in the language. */
  purposes: string;
  /** The cookies set without consent, joined as a list; "" when there are none. */
  necessary: string;
  settings: string;
}

/**
 * The banner's words. The first layer names who asks and for what (EDPB cookie banner taskforce,
 * 2023), says that refusing is as easy as accepting and where to change the choice later.
 */
export const BANNER_WORDS = {
  nl: (p: TextParts): BannerTexts => ({
    title: `Cookies bij ${p.org}`,
    intro: `${p.org} wil cookies en vergelijkbare technieken gebruiken voor ${p.purposes}. Dat doen wij alleen met uw toestemming. Weigeren is net zo makkelijk als accepteren, en u kunt uw keuze altijd wijzigen via "${p.settings}".`,
    necessary: p.necessary
      ? `Cookies die nodig zijn om de website te laten werken, plaatsen wij altijd: ${p.necessary}.`
      : "",
    acceptAll: "Alles accepteren",
    rejectAll: "Alles weigeren",
    choose: "Zelf kiezen",
    save: "Keuze opslaan",
    settings: p.settings,
    purposes: "Waarvoor geeft u toestemming?",
    alwaysOn: "Noodzakelijk (altijd aan).",
    cookies: "Cookies",
    gpc: "Uw browser stuurt het signaal Global Privacy Control mee. Daarom staan advertenties en het delen van gegevens uit.",
    consentId: "Uw toestemmings-id",
    privacy: "Privacyverklaring",
    failed: "Uw keuze kon niet worden opgeslagen. Probeer het opnieuw.",
  }),
  en: (p: TextParts): BannerTexts => ({
    title: `Cookies at ${p.org}`,
    intro: `${p.org} would like to use cookies and similar techniques for ${p.purposes}. We only do so with your consent. Rejecting is as easy as accepting, and you can change your choice at any time through "${p.settings}".`,
    necessary: p.necessary ? `We always set the cookies the website needs to work: ${p.necessary}.` : "",
    acceptAll: "Accept all",
    rejectAll: "Reject all",
    choose: "Choose for myself",
    save: "Save my choice",
    settings: p.settings,
    purposes: "What do you consent to?",
    alwaysOn: "Necessary (always on).",
    cookies: "Cookies",
    gpc: "Your browser sends the Global Privacy Control signal. That is why advertising and sharing data are off.",
    consentId: "Your consent id",
    privacy: "Privacy statement",
    failed: "Your choice could not be saved. Please try again.",
  }),
} satisfies InLang<(parts: TextParts) => BannerTexts>;

/** The persistent link's name: the same words as the privacy center's footer link. */
export const SETTINGS_LINK = { nl: "Cookie-instellingen", en: "Cookie settings" } satisfies InLang<string>;
