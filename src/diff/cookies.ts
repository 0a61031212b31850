import { approxDays, type Cookie, formatPeriod, localize, parseDuration, type Register } from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { COOKIE_PURPOSE_TERM } from "../vocabulary/index.js";
import { type Change, change } from "./change.js";

/** Purposes that follow people across sites: a new cookie for them widens processing. */
const TRACKING = new Set<Cookie["purpose"]>(["marketing", "social"]);

function durationWords(duration: Cookie["duration"], lang: Lang): string {
  if (duration === undefined) return textIn(lang, { nl: "onbekende duur", en: "unknown duration" });
  if (duration === "session") return textIn(lang, { nl: "tot u de browser sluit", en: "until you close the browser" });
  return formatPeriod(duration, lang);
}

/** A session cookie lives shortest; a cookie without a duration cannot be compared. */
function durationDays(duration: Cookie["duration"]): number | undefined {
  if (duration === "session") return 0;
  const parsed = duration ? parseDuration(duration) : undefined;
  return parsed ? Math.round(approxDays(parsed)) : undefined;
}

function provider(register: Register, cookie: Cookie, lang: Lang): string | undefined {
  if (!cookie.provider) return undefined;
  return localize(register.recipients[cookie.provider]?.name, lang) || cookie.provider;
}

/** Cookies, keyed by name: new ones, ended ones, a new purpose, a longer or shorter life. */
export function diffCookies(before: Register, after: Register): Change[] {
  const out: Change[] = [];
  const old = new Map(before.cookies.map((c) => [c.name, c]));
  const names = new Set(after.cookies.map((c) => c.name));
  for (const cookie of after.cookies) {
    const was = old.get(cookie.name);
    const ref = `cookies.${cookie.name}`;
    const quoted = `"${cookie.name}"`;
    if (!was) {
      out.push(
        change("cookie_added", TRACKING.has(cookie.purpose) ? "notify" : "info", ref, (lang) => {
          const from = provider(after, cookie, lang);
          const what = `${COOKIE_PURPOSE_TERM[cookie.purpose][lang]}, ${durationWords(cookie.duration, lang)}`;
          return textIn(lang, {
            nl: `Nieuwe cookie ${quoted}${from ? ` van ${from}` : ""}: ${what}.`,
            en: `New cookie ${quoted}${from ? ` from ${from}` : ""}: ${what}.`,
          });
        }),
      );
      continue;
    }
    if (was.purpose !== cookie.purpose) {
      out.push(
        change("cookie_purpose_changed", TRACKING.has(cookie.purpose) ? "notify" : "info", `${ref}.purpose`, (lang) =>
          textIn(lang, {
            nl: `De cookie ${quoted} krijgt een ander doel: ${COOKIE_PURPOSE_TERM[cookie.purpose].nl} (was: ${COOKIE_PURPOSE_TERM[was.purpose].nl}).`,
            en: `The cookie ${quoted} gets a different purpose: ${COOKIE_PURPOSE_TERM[cookie.purpose].en} (was: ${COOKIE_PURPOSE_TERM[was.purpose].en}).`,
          }),
        ),
      );
    }
    const oldDays = durationDays(was.duration);
    const newDays = durationDays(cookie.duration);
    if (oldDays !== undefined && newDays !== undefined && oldDays !== newDays) {
      const longer = newDays > oldDays;
      // A longer life for a cookie that needs consent is longer retention of an identifier on the device.
      const impact = longer && cookie.purpose !== "necessary" ? "notify" : "info";
      out.push(
        change(longer ? "cookie_duration_longer" : "cookie_duration_shorter", impact, `${ref}.duration`, (lang) => {
          const is = durationWords(cookie.duration, lang);
          const wasWords = durationWords(was.duration, lang);
          return textIn(lang, {
            nl: `De cookie ${quoted} blijft ${longer ? "langer" : "korter"} op uw apparaat: ${is} (was: ${wasWords}).`,
            en: `The cookie ${quoted} stays on your device ${longer ? "longer" : "for a shorter time"}: ${is} (was: ${wasWords}).`,
          });
        }),
      );
    }
  }
  for (const cookie of before.cookies) {
    if (names.has(cookie.name)) continue;
    out.push(
      change("cookie_removed", "info", `cookies.${cookie.name}`, (lang) =>
        textIn(lang, {
          nl: `Wij gebruiken de cookie "${cookie.name}" niet meer.`,
          en: `We no longer use the cookie "${cookie.name}".`,
        }),
      ),
    );
  }
  return out;
}
