import type { Register } from "../../register/index.js";

/** Matches newsletter wording in both languages of the register. */
const NEWSLETTER = /newsletter|nieuwsbrief/i;

function mentionsNewsletter(text: unknown): boolean {
  if (typeof text === "string") return NEWSLETTER.test(text);
  if (text && typeof text === "object")
    return Object.values(text).some((t) => typeof t === "string" && NEWSLETTER.test(t));
  return false;
}

/**
 * Consent purposes used for marketing by e-mail: an activity with a marketing purpose that uses the
 * e-mail address, or one whose name (or its consent purpose's name) speaks of a newsletter.
 * Sorted and unique, so a purpose shared by two activities is reported once.
 */
export function emailMarketingPurposes(register: Register): string[] {
  const found = new Set<string>();
  for (const activity of Object.values(register.activities)) {
    const id = activity.consent_purpose;
    if (!id) continue;
    const purpose = register.consent?.purposes[id];
    const marketing =
      activity.purpose_kind?.startsWith("marketing.") && activity.data_categories.includes("contact.email");
    const newsletter = mentionsNewsletter(activity.name) || mentionsNewsletter(purpose?.name);
    if (marketing || newsletter) found.add(id);
  }
  return [...found].sort();
}
