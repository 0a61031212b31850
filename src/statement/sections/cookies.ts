import { cookieDeclarations, type Cookie, cookiesDeclared } from "../../register/index.js";
import type { BuildContext } from "../context.js";
import { type Block, type Inline, paragraph, section, type Section, table } from "../../documents/index.js";
import { COOKIE_PURPOSE_NAME } from "../../vocabulary/index.js";
import { withMeans } from "../means.js";
import { type CookieBasis, cookieBasis } from "./cookie-basis.js";
import { categoryList, policyParagraph } from "./cookie-categories.js";

export { type CookieBasis, cookieBasis } from "./cookie-basis.js";

function consentCell(basis: CookieBasis, ctx: BuildContext): string {
  switch (basis) {
    case "necessary":
      return ctx.t({ nl: "Nee, nodig om de website te laten werken", en: "No, needed for the website to work" });
    case "exempt":
      return ctx.t({
        nl: "Nee, vrijgesteld: weinig of geen gevolgen voor {uw|je} privacy",
        en: "No, exempt: little or no impact on your privacy",
      });
    case "legitimate_interest":
      return ctx.t({
        nl: "Nee, wij beroepen ons op ons gerechtvaardigd belang",
        en: "No, we rely on our legitimate interest",
      });
    case "consent":
      return ctx.t({ nl: "Ja, alleen met {uw|je} toestemming", en: "Yes, only with your consent" });
  }
}

function providerOf(cookie: Cookie, ctx: BuildContext): string {
  if (cookie.provider)
    return cookie.provider in ctx.register.recipients ? ctx.recipientName(cookie.provider) : cookie.provider;
  return cookie.party === "first" ? ctx.organization : ctx.t({ nl: "een derde partij", en: "a third party" });
}

function durationOf(cookie: Cookie, ctx: BuildContext): string {
  if (!cookie.duration) return "—";
  if (cookie.duration === "session")
    return ctx.t({ nl: "tot {u uw|je jouw} browser sluit", en: "until you close your browser" });
  return ctx.period(cookie.duration);
}

/**
 * One cookie as people are told about it: the statement's cookie table and the consent banner both
 * show these, so the two cannot describe the same cookie differently.
 */
export interface CookieFacts {
  name: string;
  provider: string;
  /** What the cookie is for, as the heading of its kind (Statistics, Marketing, ...). */
  purpose: string;
  /** The cookie's own description, else that of the consent purpose it serves; "" when neither. */
  description: string;
  duration: string;
  basis: CookieBasis;
  /** Whether consent is needed, in words. */
  consent: string;
  /** The consent purpose that asks for it, when the register names one. */
  consentPurpose: string | undefined;
}

export function cookieFacts(ctx: BuildContext): CookieFacts[] {
  return ctx.register.cookies.map((cookie) => {
    // Without its own description a cookie is explained by the consent purpose it serves.
    const consentPurpose = cookie.consent_purpose ? ctx.register.consent?.purposes[cookie.consent_purpose] : undefined;
    const basis = cookieBasis(cookie);
    return {
      name: cookie.name,
      provider: providerOf(cookie, ctx),
      purpose: COOKIE_PURPOSE_NAME[cookie.purpose][ctx.lang],
      description: ctx.text(cookie.description) || ctx.text(consentPurpose?.description),
      duration: durationOf(cookie, ctx),
      basis,
      consent: consentCell(basis, ctx),
      consentPurpose: cookie.consent_purpose,
    };
  });
}

/**
 * Telecommunicatiewet art. 11.7a: every cookie in a table, and how consent is asked, refused and withdrawn.
 * "No cookies" rests on `none: [cookies]`; a register that lists none and says nothing gets no section.
 */
export function cookiesSection(ctx: BuildContext): Section | undefined {
  const heading = ctx.t({ nl: "Cookies", en: "Cookies" });
  const cookies = ctx.register.cookies;
  if (!cookiesDeclared(ctx.register)) {
    if (!ctx.saysNone("cookies")) return undefined;
    return section("cookies", heading, [
      paragraph(
        ctx.t({
          nl: "Wij gebruiken geen cookies of vergelijkbare technieken.",
          en: "We do not use cookies or similar techniques.",
        }),
      ),
    ]);
  }
  const what = ctx.t({
    nl: "Cookies zijn kleine bestanden die een website op {uw|je} apparaat opslaat of uitleest.",
    en: "Cookies are small files a website stores on or reads from your device.",
  });
  const kinds = categoryList(ctx);
  const blocks: Block[] = [];
  if (kinds) {
    blocks.push(
      paragraph(
        `${what} ${ctx.t({ nl: "Wij gebruiken deze soorten cookies:", en: "We use these kinds of cookies:" })}`,
      ),
      kinds,
    );
  }
  if (cookies.length > 0) {
    const lead = kinds
      ? ctx.t({ nl: "Deze cookies noemen wij afzonderlijk:", en: "These cookies we name individually:" })
      : `${what} ${ctx.t({ nl: "Wij gebruiken de volgende cookies:", en: "We use the following cookies:" })}`;
    blocks.push(paragraph(lead), cookieTable(ctx));
  }
  const policy = ctx.register.cookie_policy;
  if (policy) {
    if (blocks.length === 0) blocks.push(paragraph(what));
    blocks.push(policyParagraph(policy, ctx));
  }
  const sentences: string[] = [];
  const bases = new Set(cookieDeclarations(ctx.register).map(cookieBasis));
  if (bases.has("necessary")) {
    sentences.push(
      ctx.t({
        nl: "Noodzakelijke cookies plaatsen wij zonder toestemming, omdat de website zonder ze niet werkt. Wij vertellen {u|je} er wel over.",
        en: "We set strictly necessary cookies without consent, because the website does not work without them. We do tell you about them.",
      }),
    );
  }
  if (bases.has("consent")) sentences.push(...consentSentences(ctx));
  if (sentences.length > 0) blocks.push(paragraph(sentences.join(" ")));
  const gpc = ctx.register.consent?.gpc;
  if (gpc?.honour) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: "Stuurt {uw|je} browser het signaal Global Privacy Control (GPC) mee, dan behandelen wij dat als bezwaar tegen het verkopen en delen van {uw|je} gegevens en tegen advertenties op andere websites. ",
          en: "If your browser sends the Global Privacy Control (GPC) signal, we treat it as an objection to selling and sharing your data and to advertising on other websites. ",
        }) +
          (gpc.explicit_choice_wins
            ? ctx.t({
                nl: "{Maakt u|Maak je} daarna zelf uitdrukkelijk een andere keuze in onze cookiemelding, dan geldt die keuze.",
                en: "If you later make a different, explicit choice in our cookie banner, that choice applies.",
              })
            : ctx.t({
                nl: "Het signaal blijft gelden, ook als {u|je} in onze cookiemelding iets anders kiest.",
                en: "The signal keeps applying, even if you choose otherwise in our cookie banner.",
              })),
      ),
    );
  }
  return section("cookies", heading, blocks);
}

/** Every single cookie in a table, as the banner lists them too. */
function cookieTable(ctx: BuildContext): Block {
  return table(
    ctx.t({ nl: "Cookies op onze website", en: "Cookies on our website" }),
    [
      ctx.t({ nl: "Naam", en: "Name" }),
      ctx.t({ nl: "Aanbieder", en: "Provider" }),
      ctx.t({ nl: "Doel", en: "Purpose" }),
      ctx.t({ nl: "Bewaartermijn", en: "Duration" }),
      ctx.t({ nl: "Toestemming nodig?", en: "Consent needed?" }),
    ],
    cookieFacts(ctx).map((cookie): Inline[] => [
      [cookie.name],
      [cookie.provider],
      [cookie.description ? `${cookie.purpose}: ${cookie.description}` : cookie.purpose],
      [cookie.duration],
      [cookie.consent],
    ]),
  );
}

/** The consent flow as the banner settings describe it; a defect is stated, never hidden. */
function consentSentences(ctx: BuildContext): string[] {
  const banner = ctx.register.consent?.banner;
  // Without a banner described the register says these cookies rest on consent, not how it is asked:
  // the sentence names no banner (and `check` reports non-essential-cookies-without-banner).
  if (!banner)
    return [
      ctx.t({
        nl: "Andere cookies plaatsen wij pas nadat {u|je} daar toestemming voor hebt gegeven.",
        en: "We set other cookies only after you have given your consent.",
      }),
    ];
  const out = [
    ctx.t({
      nl: "Andere cookies plaatsen wij pas nadat {u|je} daar in onze cookiemelding toestemming voor hebt gegeven.",
      en: "We set other cookies only after you have given your consent in our cookie banner.",
    }),
  ];
  if (banner.reject_on_first_layer) {
    out.push(
      ctx.t({
        nl: "Weigeren is net zo makkelijk als accepteren: beide knoppen staan direct in de melding.",
        en: "Rejecting is as easy as accepting: both buttons are right there in the banner.",
      }),
    );
  }
  if (banner.prechecked)
    out.push(ctx.t({ nl: "Sommige keuzes staan vooraf aangevinkt.", en: "Some choices are ticked in advance." }));
  else out.push(ctx.t({ nl: "Er staat niets vooraf aangevinkt.", en: "Nothing is ticked in advance." }));
  if (banner.cookie_wall) {
    out.push(
      ctx.t({
        nl: "Als {u|je} de cookies weigert, {kunt u|kun je} de website niet gebruiken.",
        en: "If you reject the cookies, you cannot use the website.",
      }),
    );
  } else {
    out.push(
      ctx.t({
        nl: "Ook als {u|je} weigert, {kunt u|kun je} de website gewoon gebruiken.",
        en: "You can use the website just the same if you reject them.",
      }),
    );
  }
  if (banner.withdraw_link) {
    const cookiePurposes = new Set(
      cookieDeclarations(ctx.register)
        .map((c) => c.consent_purpose)
        .filter(Boolean),
    );
    const how = [...cookiePurposes]
      .map((id) => ctx.text(ctx.register.consent?.purposes[id as string]?.withdrawal))
      .find((text) => text !== "");
    const change = (means: string) => ({
      nl: `{U|Je} kunt {uw|je} keuze altijd wijzigen of {uw|je} toestemming intrekken ${means}`,
      en: `You can change your choice or withdraw your consent at any time ${means}`,
    });
    // The banner's own link is the means when no cookie's purpose says how.
    const link = ctx.t({
      nl: "via de link naar de cookie-instellingen op elke pagina",
      en: "through the cookie settings link on every page",
    });
    out.push(withMeans(how ?? "", ctx, change, change(link)));
  }
  return out;
}
