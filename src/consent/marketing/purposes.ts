import type { Register } from "../../register/index.js";
import { bannerPurposes } from "../config/purposes.js";

/**
 * The consent purposes people subscribe to by e-mail: those asked by double opt-in or sent with an
 * unsubscribe in every message, or named by a marketing activity, and not asked in the banner.
 */
export function subscriptionPurposes(register: Register): string[] {
  const banner = new Set(bannerPurposes(register).map((p) => p.id));
  const marketing = new Set(
    Object.values(register.activities)
      .filter((a) => a.purpose_kind?.startsWith("marketing.") && a.consent_purpose)
      .map((a) => a.consent_purpose!),
  );
  return Object.entries(register.consent?.purposes ?? {})
    .filter(
      ([id, p]) =>
        !banner.has(id) &&
        (p.mechanism === "double_opt_in" || p.unsubscribe_in_every_message === true || marketing.has(id)),
    )
    .map(([id]) => id);
}

/** Every direct-marketing purpose: what an objection to direct marketing (Art. 21(2)-(3)) ends at once. */
export function marketingPurposes(register: Register): { subscriptions: string[]; banner: string[] } {
  return {
    subscriptions: subscriptionPurposes(register),
    banner: bannerPurposes(register)
      .filter((p) => p.kind === "advertising")
      .map((p) => p.id),
  };
}
