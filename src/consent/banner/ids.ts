/** The element ids a site, a test or a consent tool (Consent-O-Matic, `waarborg scan`) can rely on. */
export const ID = "waarborg-consent";

/** The banner's dialog and its two first-layer buttons: kept stable so tools outside can click them. */
export const BANNER_ELEMENT_IDS = {
  banner: `${ID}-banner`,
  accept: `${ID}-accept`,
  reject: `${ID}-reject`,
} as const;
