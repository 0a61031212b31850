import { RIGHTS } from "../../register/index.js";
import type { BuildContext } from "../context.js";
import {
  type Block,
  bullets,
  bulletsIfAny,
  type Inline,
  type Span,
  link,
  paragraph,
  section,
  type Section,
  strong,
} from "../../documents/index.js";
import { RIGHT_EXPLANATION, RIGHT_NAME, sentence } from "../../vocabulary/index.js";
import { authorityAddress, authorityWords } from "./authority.js";
import { phoneHref } from "./contact-lines.js";
import { ownDataRetention } from "./own-data.js";
import { rightApplies, rightTerms } from "./right-terms.js";

type Rights = BuildContext["register"]["rights"];

/**
 * Art. 13(2)(b)-(d), Art. 12: every right that applies, with its conditions and refusal grounds, how to
 * use it, how fast we answer, how we check who you are.
 */
export function yourRights(ctx: BuildContext): Section {
  const rights = ctx.register.rights;
  const supported = RIGHTS.filter((r) => rights.supported.includes(r) && rightApplies(r, ctx));
  const blocks: Block[] = [
    paragraph(
      ctx.t({
        nl: "Over {uw|je} gegevens {hebt u|heb je} de volgende rechten:",
        en: "You have the following rights over your data:",
      }),
    ),
    bullets(
      supported.map((r): Inline => {
        const terms = rightTerms(r, ctx);
        return [strong(RIGHT_NAME[r][ctx.lang]), ": ", explanation(r, ctx), terms ? ` ${terms}` : ""];
      }),
    ),
  ];
  const subsections = [howToUse(rights, ctx)];
  if (supported.includes("complaint")) subsections.push(complaint(ctx));
  return section("your-rights", ctx.t({ nl: "{Uw|Je} rechten", en: "Your rights" }), blocks, subsections);
}

/** What a right lets a person do; the complaint names the authority of the company's member state. */
function explanation(right: Rights["supported"][number], ctx: BuildContext): string {
  if (right !== "complaint") return ctx.t(RIGHT_EXPLANATION[right]);
  const { name, role } = authorityWords(ctx);
  return ctx.t({
    nl: `{Bent u|Ben je} het niet eens met hoe wij met {uw|je} gegevens omgaan, dan {kunt u|kun je} een klacht indienen bij ${name}, ${role}.`,
    en: `If you disagree with how we handle your data, you can complain to ${name}, ${role}.`,
  });
}

function channelItem(channel: Rights["channels"][number], ctx: BuildContext): Inline {
  const { kind, address } = channel;
  switch (kind) {
    case "email":
      return [strong(ctx.t({ nl: "Per e-mail", en: "By e-mail" })), ": ", link(address, `mailto:${address}`)];
    case "web":
      return [strong(ctx.t({ nl: "Online", en: "Online" })), ": ", link(address, address)];
    case "phone":
      return [strong(ctx.t({ nl: "Telefonisch", en: "By phone" })), ": ", link(address, phoneHref(address))];
    case "post":
      return [strong(ctx.t({ nl: "Per post", en: "By post" })), ": ", address];
    case "in_app":
      return [strong(ctx.t({ nl: "In de app", en: "In the app" })), ": ", address];
  }
}

/** "binnen een maand" for the legal default, otherwise the register's own period. */
function responseTime(rights: Rights, ctx: BuildContext): string {
  if (rights.response_time === "1 month" || rights.response_time === "P1M")
    return ctx.t({ nl: "een maand", en: "one month" });
  return ctx.period(rights.response_time);
}

/** The heading of the part that lists where to send a request, so other sections can point to it. */
export const usingRightsHeading = (ctx: BuildContext): string =>
  ctx.t({ nl: "Zo {gebruikt u|gebruik je} {uw|jouw} rechten", en: "How to use your rights" });

/** Whether that part lists a channel: the register's own, or the organisation's e-mail address. */
export function listsRequestChannels(ctx: BuildContext): boolean {
  return ctx.register.rights.channels.length > 0 || ctx.register.organization.contact?.email !== undefined;
}

function howToUse(rights: Rights, ctx: BuildContext): Section {
  const blocks: Block[] = [];
  const org = ctx.register.organization;
  const channels = rights.channels.map((c) => channelItem(c, ctx));
  if (channels.length === 0 && org.contact?.email) {
    channels.push([
      strong(ctx.t({ nl: "Per e-mail", en: "By e-mail" })),
      ": ",
      link(org.contact.email, `mailto:${org.contact.email}`),
    ]);
  }
  if (channels.length > 0) {
    blocks.push(
      paragraph(ctx.t({ nl: "{U|Je} kunt een verzoek bij ons indienen:", en: "You can make a request:" })),
      ...bulletsIfAny(channels),
    );
  } else if (org.contact?.phone || org.contact?.address) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: "{U|Je} kunt een verzoek indienen via de contactgegevens onder 'Wie wij zijn'.",
          en: "You can make a request through the contact details under 'Who we are'.",
        }),
      ),
    );
  }
  const self = ctx.text(rights.self_service);
  if (self) blocks.push(paragraph(sentence(self)));

  blocks.push(...verification(rights, ctx));
  blocks.push(...ownDataRetention(ctx));

  const within = responseTime(rights, ctx);
  blocks.push(
    paragraph(
      ctx.t({
        nl: `Wij reageren zo snel mogelijk, en uiterlijk binnen ${within} na ontvangst van {uw|je} verzoek. Is een verzoek ingewikkeld of krijgen wij veel verzoeken, dan kunnen wij die termijn met twee maanden verlengen. Dat laten wij {u|je} dan binnen de eerste maand weten, met de reden.`,
        en: `We respond as soon as possible, and at the latest within ${within} of receiving your request. If a request is complex or we receive many requests, we may extend this by two months. We will then tell you so within the first month, with the reason.`,
      }),
    ),
  );
  blocks.push(
    paragraph(
      rights.fee === "free"
        ? ctx.t({
            nl: "Het uitoefenen van {uw|je} rechten is gratis.",
            en: "Exercising your rights is free of charge.",
          })
        : ctx.t({
            nl: "Het uitoefenen van {uw|je} rechten is gratis. Alleen als een verzoek kennelijk ongegrond of buitensporig is, bijvoorbeeld omdat het steeds wordt herhaald, kunnen wij een redelijke vergoeding vragen of het verzoek weigeren.",
            en: "Exercising your rights is free of charge. Only when a request is manifestly unfounded or excessive, for instance because it is repeated again and again, may we charge a reasonable fee or refuse it.",
          }),
    ),
  );
  if (rights.approval.length > 0) {
    const names = ctx.list(rights.approval.map((r) => RIGHT_NAME[r][ctx.lang].toLowerCase()));
    const who = org.dpo
      ? ctx.t({ nl: "onze functionaris gegevensbescherming", en: "our data protection officer" })
      : ctx.t({ nl: "onze privacyfunctionaris", en: "our privacy officer" });
    blocks.push(
      paragraph(
        ctx.t({
          nl: `Een verzoek om ${names} wordt eerst beoordeeld door ${who} voordat wij het uitvoeren.`,
          en: `A request for ${names} is reviewed by ${who} before we carry it out.`,
        }),
      ),
    );
  }
  const refusal = ctx.text(rights.refusal);
  const authority = authorityWords(ctx).name;
  blocks.push(
    paragraph(
      `${refusal ? `${sentence(refusal)} ` : ""}${ctx.t({ nl: `Wijzen wij een verzoek (deels) af, dan laten wij {u|je} binnen ${within} weten waarom, en dat {u|je} een klacht kunt indienen bij ${authority} of naar de rechter kunt gaan.`, en: `If we refuse a request (in part), we tell you why within ${within}, and that you can complain to ${authority} or go to court.` })}`,
    ),
  );
  return section("using-your-rights", usingRightsHeading(ctx), blocks);
}

/**
 * Verification as the register sets it: login or a one-time code; an ID copy only as the register says.
 * Nothing recorded, nothing said: "we never ask for an ID copy" rests on `id_copy: never`.
 */
function verification(rights: Rights, ctx: BuildContext): Block[] {
  const v = rights.verification;
  if (!v) return [];
  const ways: string[] = [];
  if (v.methods.includes("account_login"))
    ways.push(ctx.t({ nl: "doordat {u|je} bent ingelogd op {uw|je} account", en: "your signed-in account" }));
  if (v.methods.includes("email_code"))
    ways.push(
      ctx.t({
        nl: "met een eenmalige code die wij naar {uw|je} bij ons bekende e-mailadres sturen",
        en: "a one-time code we send to the e-mail address we have on file",
      }),
    );
  if (v.methods.includes("sms_code"))
    ways.push(
      ctx.t({
        nl: "met een eenmalige code die wij naar {uw|je} bij ons bekende telefoonnummer sturen",
        en: "a one-time code we send to the phone number we have on file",
      }),
    );
  const out: string[] = [];
  if (ways.length > 0) {
    out.push(
      ctx.t({
        nl: `Wij controleren of het verzoek echt van {u|jou} komt: ${ctx.list(ways, "or")}.`,
        en: `We check that the request really comes from you, through ${ctx.list(ways, "or")}.`,
      }),
    );
  }
  const masking = maskingAdvice(v.id_copy_masking, ctx);
  const deleted = v.delete_id_copy_after_verification
    ? ` ${ctx.t({ nl: "Wij verwijderen de kopie zodra wij weten wie {u|je} bent.", en: "We delete the copy as soon as we have confirmed who you are." })}`
    : "";
  if (v.id_copy === "never") {
    out.push(
      ctx.t({
        nl: "Wij vragen nooit om een kopie van {uw|je} identiteitsbewijs.",
        en: "We never ask for a copy of your identity document.",
      }),
    );
  } else if (v.id_copy === "on_doubt") {
    out.push(
      ctx.t({
        nl: `Alleen als wij redelijke twijfel hebben over wie {u|je} bent, vragen wij om een kopie van {uw|je} identiteitsbewijs. Maak daarop ${masking} onleesbaar.${deleted}`,
        en: `Only if we have reasonable doubt about who you are do we ask for a copy of your identity document. Please black out ${masking} on it.${deleted}`,
      }),
    );
  } else if (v.id_copy === "always") {
    out.push(
      ctx.t({
        nl: `Wij vragen bij elk verzoek om een kopie van {uw|je} identiteitsbewijs. Maak daarop ${masking} onleesbaar.${deleted}`,
        en: `We ask for a copy of your identity document with every request. Please black out ${masking} on it.${deleted}`,
      }),
    );
  }
  if (v.cookie_proof) {
    out.push(
      ctx.t({
        nl: "Gaat het om gegevens die alleen aan een cookie gekoppeld zijn, dan {laat u|laat je} zien dat ze van {u|jou} zijn door ons de waarde van die cookie te sturen.",
        en: "For data linked only to a cookie, you show that it is yours by sending us that cookie's value.",
      }),
    );
  }
  if (v.methods.includes("representative_mandate")) {
    out.push(
      ctx.t({
        nl: "Dient een vertegenwoordiger namens {u|jou} een verzoek in, dan vragen wij om een schriftelijke machtiging en controleren wij ook dat het verzoek van {u|jou} komt.",
        en: "If a representative makes a request on your behalf, we ask for a written mandate and also check that the request comes from you.",
      }),
    );
  }
  return out.length > 0 ? [paragraph(out.join(" "))] : [];
}

const MASKS = {
  bsn: { nl: "{uw|je} burgerservicenummer (BSN)", en: "your citizen service number (BSN)" },
  photo: { nl: "{uw|je} pasfoto", en: "your photo" },
  mrz: { nl: "de strook met tekens onderaan (MRZ)", en: "the machine-readable strip at the bottom (MRZ)" },
  document_number: { nl: "het documentnummer", en: "the document number" },
} as const;

/** What to black out on an ID copy: the register's list, or all four when it names none. */
function maskingAdvice(listed: readonly (keyof typeof MASKS)[], ctx: BuildContext): string {
  const keys = listed.length > 0 ? listed : (Object.keys(MASKS) as (keyof typeof MASKS)[]);
  return ctx.list(keys.map((k) => MASKS[k][ctx.lang]));
}

function complaint(ctx: BuildContext): Section {
  const { fullName: name, link: site, role } = authorityWords(ctx);
  const address = authorityAddress(ctx);
  const where: Span[] = site ? [": ", site, "."] : ["."];
  return section("complaint", ctx.t({ nl: "Een klacht indienen", en: "Making a complaint" }), [
    paragraph(
      ctx.t({
        nl: `{Bent u|Ben je} niet tevreden over hoe wij met {uw|je} gegevens omgaan, laat het ons dan eerst weten; dan zoeken wij samen naar een oplossing. {U|Je} hebt ook altijd het recht een klacht in te dienen bij ${name}`,
        en: `If you are unhappy with how we handle your data, please tell us first so we can look for a solution together. You always have the right to complain to ${name}`,
      }),
      `, ${role}`,
      ...where,
      address ? ` ${ctx.t({ nl: `Het postadres is ${address}.`, en: `Its postal address is ${address}.` })}` : "",
    ),
  ]);
}
