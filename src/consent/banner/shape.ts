import type { Lang } from "../../kernel/index.js";

/*
 * What the banner script is handed: the configuration it shows, one per language, as the service
 * builds it from the register. Shared by the service (which builds and hashes it) and the banner
 * (which only reads it), so the two cannot disagree about a field.
 */

/** How GPC treats a purpose: advertising and sharing stay off under the signal (Art. 21(5)). */
export type PurposeKind = "advertising" | "analytics" | "other";

/** A cookie as the banner lists it: the same facts as the statement's cookie table. */
export interface ShownCookie {
  name: string;
  provider: string;
  duration: string;
}

/** A kind of cookies declared as a whole, as the banner lists it: only what the register records. */
export interface ShownCategory {
  /** The kind's name (Statistics, Marketing, ...). */
  name: string;
  /** The providers joined as a list; "" when the register names none. */
  providers: string;
  /** The typical duration in words; "" when the register records none. */
  duration: string;
}

export interface ShownPurpose {
  /** The consent purpose's id in the register; the name of its checkbox and of `data-purpose`. */
  id: string;
  name: string;
  description: string;
  kind: PurposeKind;
  cookies: ShownCookie[];
  /**
   * Only present when the purpose asks for a category: a configuration without categories keeps the
   * exact shape, and so the hash, it had before categories existed, and consents given under it stand.
   */
  categories?: ShownCategory[];
}

/** Every word the banner shows, in one language. */
export interface BannerTexts {
  title: string;
  /** Who asks, for what, and from which providers: the first layer's sentence. */
  intro: string;
  /** The cookies set without consent (strictly necessary or exempt), named: told about, never asked. */
  necessary: string;
  acceptAll: string;
  rejectAll: string;
  choose: string;
  save: string;
  settings: string;
  purposes: string;
  alwaysOn: string;
  cookies: string;
  gpc: string;
  consentId: string;
  privacy: string;
  failed: string;
}

/**
 * Exactly what a person is shown in one language: the texts, the purposes, the cookies and the
 * options. Its hash (sha256 of its canonical JSON) goes into every consent record, and the service
 * keeps one copy of it per hash, so a record proves what was on the screen.
 */
export interface ShownConfig {
  /** The configuration version: the register's consent.banner.revision. */
  version: number;
  lang: Lang;
  texts: BannerTexts;
  purposes: ShownPurpose[];
  privacyUrl: string;
  gpc: { honour: boolean; explicitChoiceWins: boolean };
}

/** What the served script carries: the shown configuration per language, and where to send decisions. */
export interface BannerBundle {
  /** Language code -> the configuration shown in it, with its hash. */
  configs: Record<string, { hash: string; shown: ShownConfig }>;
  /** The language used when neither the page nor the browser names one the register publishes. */
  fallback: string;
  /** Where decisions are posted (the service's /consent). */
  endpoint: string;
  cookie: { name: string; days: number };
}

/** The decision the banner posts. */
export interface DecisionBody {
  id?: string;
  config: string;
  action: ConsentAction;
  choices: Record<string, boolean>;
  gpc: boolean;
  minor?: boolean;
}

export const CONSENT_ACTIONS = ["accept_all", "reject_all", "custom", "withdraw", "gpc"] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/** What the service answers to a recorded decision: the choices as recorded (GPC applied). */
export interface RecordedBody {
  id: string;
  at: string;
  choices: Record<string, boolean>;
}
