import { canonicalJson } from "../../audit/index.js";
import { sha256Hex } from "../../crypto/index.js";
import { type Lang, LANGUAGES } from "../../kernel/index.js";
import { approxDays, localize, parseDuration, type Register } from "../../register/index.js";
import {
  type CategoryFacts,
  categoryFacts,
  type CookieFacts,
  cookieFacts,
  createContext,
} from "../../statement/index.js";
import { COOKIE_KIND_PLURAL, joinList, sentence } from "../../vocabulary/index.js";
import type { BannerBundle, ShownCategory, ShownConfig, ShownCookie } from "../banner/shape.js";
import { bannerPurposes, unaskedCategories, unaskedCookies } from "./purposes.js";
import { BANNER_WORDS, SETTINGS_LINK } from "./words.js";

/** How long the banner's cookie keeps a choice when the register gives it no duration: 6 months. */
const DEFAULT_COOKIE_DAYS = 182;

function shownCookie(facts: CookieFacts): ShownCookie {
  return { name: facts.name, provider: facts.provider, duration: facts.duration };
}

function shownCategory(facts: CategoryFacts): ShownCategory {
  return { name: facts.name, providers: facts.providers, duration: facts.duration };
}

/** Where the statement's cookie section is, in the privacy center of the service. */
function privacyUrl(publicUrl: string, lang: Lang): string {
  return `${publicUrl.replace(/\/+$/, "")}/${lang}/privacy#cookies`;
}

/** What a person who reads `lang` is shown: every word, purpose, cookie and option of the banner. */
export function shownConfig(register: Register, lang: Lang, publicUrl: string): ShownConfig {
  const ctx = createContext(register, lang);
  const facts = cookieFacts(ctx);
  const kinds = new Map(categoryFacts(ctx).map((c) => [c.purpose, c]));
  const consent = register.consent;
  const purposes = bannerPurposes(register).map((p) => {
    const cookies = p.cookies.map((i) => facts[i]!);
    const purpose = consent!.purposes[p.id]!;
    const categories = p.categories.map((kind) => shownCategory(kinds.get(kind)!));
    return {
      id: p.id,
      name: localize(purpose.name, lang),
      description: sentence(localize(purpose.description, lang)),
      kind: p.kind,
      cookies: cookies.map(shownCookie),
      ...(categories.length > 0 ? { categories } : {}),
    };
  });
  // The first layer names who places the cookies; a category without providers adds no one.
  const providers = (p: (typeof purposes)[number]) =>
    [...new Set([...p.cookies.map((c) => c.provider), ...(p.categories ?? []).map((c) => c.providers)])]
      .filter((name) => name !== "")
      .join(", ");
  const named = (p: (typeof purposes)[number]) => {
    const who = providers(p);
    return who === "" ? p.name : `${p.name} (${who})`;
  };
  const necessary = [
    ...unaskedCookies(register).map((i) => facts[i]!.name),
    ...unaskedCategories(register).map((kind) => COOKIE_KIND_PLURAL[kind][lang]),
  ];
  const texts = BANNER_WORDS[lang]({
    org: localize(register.organization.name, lang),
    purposes: joinList(purposes.map(named), lang),
    necessary: joinList(necessary, lang),
    settings: SETTINGS_LINK[lang],
  });
  return {
    version: consent?.banner?.revision ?? 1,
    lang,
    texts,
    purposes,
    privacyUrl: privacyUrl(publicUrl, lang),
    gpc: { honour: consent?.gpc?.honour ?? false, explicitChoiceWins: consent?.gpc?.explicit_choice_wins ?? true },
  };
}

/** The hash a consent record names: sha256 over the configuration's canonical JSON. */
export function configHash(shown: ShownConfig): string {
  return sha256Hex(canonicalJson(shown));
}

/** Days the banner's cookie keeps a choice: the register's duration for that cookie, else six months. */
function cookieDays(register: Register, name: string): number {
  const listed = register.cookies.find((c) => c.name === name);
  const duration = listed?.duration;
  if (!duration || duration === "session") return DEFAULT_COOKIE_DAYS;
  const parsed = parseDuration(duration);
  return parsed ? Math.max(1, Math.floor(approxDays(parsed))) : DEFAULT_COOKIE_DAYS;
}

/** Everything the served script carries, for every language the statement is published in. */
export function bannerBundle(register: Register, publicUrl: string): BannerBundle {
  const langs = register.statement.languages.filter((l): l is Lang => (LANGUAGES as readonly string[]).includes(l));
  const configs: BannerBundle["configs"] = {};
  for (const lang of langs) {
    const shown = shownConfig(register, lang, publicUrl);
    configs[lang] = { hash: configHash(shown), shown };
  }
  const cookie = register.consent?.banner?.cookie ?? "waarborg_consent";
  return {
    configs,
    fallback: langs[0] ?? "nl",
    endpoint: `${publicUrl.replace(/\/+$/, "")}/consent`,
    cookie: { name: cookie, days: cookieDays(register, cookie) },
  };
}
