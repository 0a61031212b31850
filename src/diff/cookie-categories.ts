import { declaredCategories, type Register } from "../register/index.js";
import { textIn } from "../kernel/index.js";
import { COOKIE_KIND_PLURAL } from "../vocabulary/index.js";
import { type Change, change } from "./change.js";

/** Kinds that follow people across sites: declaring one widens processing, as a new such cookie does. */
const TRACKING = new Set(["marketing", "social"]);

/** Cookie categories, keyed by kind: new ones and ended ones; and a cookie policy that moved, came or went. */
export function diffCookieCategories(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  const old = new Set(declaredCategories(before).map(([kind]) => kind));
  const now = new Set(declaredCategories(after).map(([kind]) => kind));
  for (const kind of now) {
    if (old.has(kind)) continue;
    out.push(
      change("cookie_category_added", TRACKING.has(kind) ? "notify" : "info", `cookie_categories.${kind}`, (lang) =>
        textIn(lang, {
          nl: `Nieuwe soort cookies: ${COOKIE_KIND_PLURAL[kind].nl}.`,
          en: `A new kind of cookies: ${COOKIE_KIND_PLURAL[kind].en}.`,
        }),
      ),
    );
  }
  for (const kind of old) {
    if (now.has(kind)) continue;
    out.push(
      change("cookie_category_removed", "info", `cookie_categories.${kind}`, (lang) =>
        textIn(lang, {
          nl: `Wij gebruiken geen ${COOKIE_KIND_PLURAL[kind].nl} meer.`,
          en: `We no longer use ${COOKIE_KIND_PLURAL[kind].en}.`,
        }),
      ),
    );
  }
  const was = before.cookie_policy?.url;
  const is = after.cookie_policy?.url;
  if (was !== is) {
    out.push(
      change("cookie_policy_changed", "info", "cookie_policy.url", (lang) =>
        is === undefined
          ? textIn(lang, {
              nl: "Wij verwijzen niet langer naar een apart cookiebeleid.",
              en: "We no longer refer to a separate cookie policy.",
            })
          : textIn(lang, {
              nl: `Ons cookiebeleid staat nu op ${is}.`,
              en: `Our cookie policy is now at ${is}.`,
            }),
      ),
    );
  }
  return out;
}
