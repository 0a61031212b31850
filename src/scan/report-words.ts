import type { Lang } from "../kernel/index.js";
import type { Phase, StoredItem, TimelineEvent } from "./observations.js";

type Words = Record<Lang, string>;

/** Every word of the evidence report, in Dutch and English. */
export const WORDS = {
  title: { nl: "Cookiescan: bewijsrapport", en: "Cookie scan: evidence report" },
  skip: { nl: "Naar de inhoud", en: "Skip to content" },
  intro: {
    nl: "Waarborg bezocht de site drie keer in een nieuw browserprofiel: zonder een keuze te maken, na 'alles weigeren' en na 'alles accepteren'. Dit rapport legt vast wat de site bij elk bezoek opsloeg en welke andere partijen hij aanriep, naast wat het register verklaart.",
    en: "Waarborg visited the site three times in a fresh browser profile: without making a choice, after 'reject all' and after 'accept all'. This report records what the site stored on each visit and which other parties it called, next to what the register declares.",
  },
  site: { nl: "Site", en: "Site" },
  scanned: { nl: "Gescand op", en: "Scanned on" },
  pages: { nl: "Bezochte pagina's", en: "Pages visited" },
  disallowedPages: { nl: "Niet bezocht (robots.txt)", en: "Not visited (robots.txt)" },
  findings: { nl: "Bevindingen", en: "Findings" },
  noFindings: {
    nl: "Geen bevindingen: wat de site deed, klopt met het register.",
    en: "No findings: what the site did matches the register.",
  },
  rule: { nl: "Regel", en: "Rule" },
  finding: { nl: "Bevinding", en: "Finding" },
  article: { nl: "Grondslag", en: "Rests on" },
  banner: { nl: "De banner", en: "The banner" },
  noScreenshot: { nl: "Geen schermafbeelding.", en: "No screenshot." },
  stored: { nl: "Opgeslagen op het apparaat", en: "Stored on the device" },
  nothingStored: { nl: "Niets opgeslagen.", en: "Nothing stored." },
  name: { nl: "Naam", en: "Name" },
  kind: { nl: "Soort", en: "Kind" },
  domain: { nl: "Domein", en: "Domain" },
  party: { nl: "Partij", en: "Party" },
  firstSeen: { nl: "Eerst gezien", en: "First seen" },
  requests: { nl: "Verzoeken aan andere partijen", en: "Requests to third parties" },
  noRequests: { nl: "Geen verzoeken aan andere partijen.", en: "No requests to third parties." },
  host: { nl: "Host", en: "Host" },
  count: { nl: "Aantal", en: "Count" },
  timeline: { nl: "Tijdlijn", en: "Timeline" },
  timelineCut: {
    nl: "De tijdlijn toont de eerste %1 van %2 gebeurtenissen.",
    en: "The timeline shows the first %1 of %2 events.",
  },
  time: { nl: "Tijd (ms)", en: "Time (ms)" },
  visit: { nl: "Bezoek", en: "Visit" },
  event: { nl: "Gebeurtenis", en: "Event" },
  detail: { nl: "Details", en: "Details" },
  first: { nl: "eerste partij", en: "first party" },
  third: { nl: "derde partij", en: "third party" },
  afterClick: { nl: "na de klik", en: "after the click" },
  page: { nl: "Pagina %1 van %2", en: "Page %1 of %2" },
} satisfies Record<string, Words>;

export const PHASE_NAMES: Record<Phase, Words> = {
  before: { nl: "Voor een keuze", en: "Before a choice" },
  reject: { nl: "Na 'alles weigeren'", en: "After 'reject all'" },
  accept: { nl: "Na 'alles accepteren'", en: "After 'accept all'" },
};

export const SCREENSHOT_CAPTIONS: Record<Phase, Words> = {
  before: {
    nl: "De eerste pagina voor een keuze, met de banner",
    en: "The first page before a choice, with the banner",
  },
  reject: { nl: "De eerste pagina na 'alles weigeren'", en: "The first page after 'reject all'" },
  accept: { nl: "De eerste pagina na 'alles accepteren'", en: "The first page after 'accept all'" },
};

export const KIND_NAMES: Record<StoredItem["kind"], Words> = {
  cookie: { nl: "cookie", en: "cookie" },
  local_storage: { nl: "local storage", en: "local storage" },
  session_storage: { nl: "session storage", en: "session storage" },
};

export const EVENT_NAMES: Record<TimelineEvent["what"], Words> = {
  visit: { nl: "pagina bezocht", en: "page visited" },
  banner: { nl: "banner getoond", en: "banner shown" },
  click: { nl: "klik", en: "click" },
  cookie: { nl: "cookie gezet", en: "cookie set" },
  storage: { nl: "opslag geschreven", en: "storage written" },
  request: { nl: "verzoek aan derde", en: "third-party request" },
  skipped: { nl: "overgeslagen", en: "skipped" },
};
