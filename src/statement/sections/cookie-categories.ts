import { type Cookie, type CookieCategory, type CookiePolicy, declaredCategories } from "../../register/index.js";
import type { BuildContext } from "../context.js";
import { type Block, bullets, type Inline, link, paragraph, strong } from "../../documents/index.js";
import { COOKIE_PURPOSE_NAME, COOKIE_PURPOSE_TERM } from "../../vocabulary/index.js";
import { type CookieBasis, cookieBasis } from "./cookie-basis.js";

// A category is described by what the register records for it, sentence by sentence: a fact it leaves
// out (providers, duration) gets no sentence, never a guess.

/** A recipient id names the recipient; anything else is a name already. */
const providerNames = (category: CookieCategory, ctx: BuildContext): string[] =>
  category.providers.map((p) => (p in ctx.register.recipients ? ctx.recipientName(p) : p));

/**
 * One category as people are told about it: the banner shows these beside the statement's sentences,
 * so the two name the same providers and duration.
 */
export interface CategoryFacts {
  purpose: Cookie["purpose"];
  /** The kind's name (Statistics, Marketing, ...). */
  name: string;
  /** The providers as a list in words; "" when the register names none. */
  providers: string;
  /** The typical duration in words; "" when the register records none. */
  duration: string;
}

export function categoryFacts(ctx: BuildContext): CategoryFacts[] {
  return declaredCategories(ctx.register).map(([purpose, category]) => ({
    purpose,
    name: COOKIE_PURPOSE_NAME[purpose][ctx.lang],
    providers: ctx.list(providerNames(category, ctx)),
    duration: !category.duration
      ? ""
      : category.duration === "session"
        ? ctx.t({ nl: "tot {u uw|je jouw} browser sluit", en: "until you close your browser" })
        : ctx.period(category.duration),
  }));
}

function providersSentence(category: CookieCategory, ctx: BuildContext): string {
  if (category.providers.length > 0) {
    const names = ctx.list(providerNames(category, ctx));
    return ctx.t({ nl: `Ze worden geplaatst door ${names}.`, en: `They are placed by ${names}.` });
  }
  if (category.party === "first") return ctx.t({ nl: "Wij plaatsen ze zelf.", en: "We place them ourselves." });
  if (category.party === "third")
    return ctx.t({ nl: "Een derde partij plaatst ze.", en: "A third party places them." });
  return "";
}

function durationSentence(category: CookieCategory, ctx: BuildContext): string {
  if (!category.duration) return "";
  if (category.duration === "session") {
    return ctx.t({
      nl: "Ze verdwijnen als {u uw|je jouw} browser sluit.",
      en: "They are removed when you close your browser.",
    });
  }
  const period = ctx.period(category.duration);
  return ctx.t({
    nl: `Ze blijven doorgaans ${period} op {uw|je} apparaat.`,
    en: `They typically stay on your device for ${period}.`,
  });
}

function consentSentence(basis: CookieBasis, ctx: BuildContext): string {
  switch (basis) {
    case "necessary":
      return ctx.t({
        nl: "Hiervoor vragen wij geen toestemming: de website werkt niet zonder.",
        en: "We do not ask consent for them: the website does not work without them.",
      });
    case "exempt":
      return ctx.t({
        nl: "Hiervoor vragen wij geen toestemming: ze hebben weinig of geen gevolgen voor {uw|je} privacy.",
        en: "We do not ask consent for them: they have little or no impact on your privacy.",
      });
    case "legitimate_interest":
      return ctx.t({
        nl: "Hiervoor vragen wij geen toestemming: wij beroepen ons op ons gerechtvaardigd belang.",
        en: "We do not ask consent for them: we rely on our legitimate interest.",
      });
    case "consent":
      return ctx.t({
        nl: "Deze plaatsen wij alleen met {uw|je} toestemming.",
        en: "We set them only with your consent.",
      });
  }
}

/** One line per declared kind of cookies: its name, what it is for, who places them, how long, consent. */
export function categoryList(ctx: BuildContext): Block | undefined {
  const items = declaredCategories(ctx.register).map(([purpose, category]): Inline => {
    const consentPurpose = category.consent_purpose
      ? ctx.register.consent?.purposes[category.consent_purpose]
      : undefined;
    const description = ctx.text(category.description) || ctx.text(consentPurpose?.description);
    const sentences = [
      // Its own words continue the kind's name after the colon, as they do in the cookie table.
      description && (/[.!?]$/.test(description) ? description : `${description}.`),
      providersSentence(category, ctx),
      durationSentence(category, ctx),
      consentSentence(cookieBasis({ purpose, legal_basis: category.legal_basis }), ctx),
    ].filter((s) => s !== "");
    return [strong(COOKIE_PURPOSE_NAME[purpose][ctx.lang]), `: ${sentences.join(" ")}`];
  });
  return items.length > 0 ? bullets(items) : undefined;
}

/** The reference to a separate cookie policy, saying which kinds it covers only when the register records it. */
export function policyParagraph(policy: CookiePolicy, ctx: BuildContext): Block {
  const url = link(policy.url, policy.url);
  const covers = [...new Set(policy.covers ?? [])].map((kind) => COOKIE_PURPOSE_TERM[kind][ctx.lang]);
  if (covers.length === 0) {
    return paragraph(
      ctx.t({
        nl: "Welke cookies wij gebruiken, {leest u|lees je} in ons cookiebeleid: ",
        en: "Which cookies we use is set out in our cookie policy: ",
      }),
      url,
      ".",
    );
  }
  return paragraph(
    ctx.t({ nl: "Ons cookiebeleid op ", en: "Our cookie policy at " }),
    url,
    ctx.t({
      nl: ` beschrijft deze soorten cookies: ${ctx.list(covers)}.`,
      en: ` describes these kinds of cookies: ${ctx.list(covers)}.`,
    }),
  );
}
