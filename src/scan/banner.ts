import type { Page } from "playwright-core";
import { BANNER_ELEMENT_IDS } from "../consent/index.js";

/** Where the banner and its two buttons are, as CSS selectors. */
export interface BannerSelectors {
  banner: string;
  accept: string;
  reject: string;
}

/** Waarborg's own banner, through the element ids it keeps stable for exactly this. */
export const WAARBORG_BANNER: BannerSelectors = {
  banner: `#${BANNER_ELEMENT_IDS.banner}`,
  accept: `#${BANNER_ELEMENT_IDS.accept}`,
  reject: `#${BANNER_ELEMENT_IDS.reject}`,
};

/** How long a banner may take to appear after the page loaded; a script-built banner needs a moment. */
export const BANNER_WAIT_MS = 3000;

export async function bannerVisible(page: Page, selectors: BannerSelectors, waitMs = BANNER_WAIT_MS): Promise<boolean> {
  try {
    // The accept button counts as the banner too: a user who names only the buttons is understood.
    const either = page.locator(`${selectors.banner}, ${selectors.accept}`).first();
    await either.waitFor({ state: "visible", timeout: waitMs });
    return true;
  } catch {
    return false;
  }
}

/** Clicks the banner's accept or reject button; false when the button is not there to click. */
export async function clickChoice(
  page: Page,
  selectors: BannerSelectors,
  choice: "accept" | "reject",
  waitMs = BANNER_WAIT_MS,
): Promise<boolean> {
  const button = page.locator(selectors[choice]).first();
  try {
    await button.waitFor({ state: "visible", timeout: waitMs });
    await button.click();
    return true;
  } catch {
    return false;
  }
}
