import { dataCategories, LEGAL_BASES } from "../../register/index.js";
import { type Activity, anchor, type BuildContext } from "../context.js";
import {
  type Block,
  bullets,
  type Inline,
  link,
  paragraph,
  section,
  type Section,
  strong,
} from "../../documents/index.js";
import {
  ART9_GROUND_PHRASE,
  BASIS_NAME,
  BASIS_REASON,
  basisArticle,
  CONSENT_MECHANISM,
  sentence,
} from "../../vocabulary/index.js";
import { withMeans } from "../means.js";

/**
 * One sentence on why an activity is lawful, with the basis named and cited in brackets; "" when the
 * register records no basis (check reports it; the statement does not print the gap).
 */
export function basisSentence(activity: Activity, ctx: BuildContext): string {
  const basis = activity.legal_basis;
  if (!basis) return "";
  const cite = `(${BASIS_NAME[basis][ctx.lang].toLowerCase()}, ${basisArticle(basis, ctx.lang)})`;
  let text = ctx.t({
    nl: `Wij verwerken deze gegevens ${BASIS_REASON[basis].nl} ${cite}.`,
    en: `We process this data ${BASIS_REASON[basis].en} ${cite}.`,
  });
  if (basis === "legitimate_interest") {
    const interest = ctx.clause(activity.legitimate_interest?.interest);
    if (interest) text += ` ${ctx.t({ nl: `Ons belang: ${interest}.`, en: `Our interest: ${interest}.` })}`;
    text += ` ${ctx.t({ nl: "{U|Je} kunt hiertegen bezwaar maken.", en: "You can object to this." })}`;
  }
  if (basis === "consent") {
    const withdraw = withMeans(
      withdrawalWords(activity, ctx),
      ctx,
      (how) => ({
        nl: `{U|Je} kunt {uw|je} toestemming altijd intrekken, ${how}`,
        en: `You can withdraw your consent at any time, ${how}`,
      }),
      { nl: "{U|Je} kunt {uw|je} toestemming altijd intrekken", en: "You can withdraw your consent at any time" },
    );
    text += ` ${withdraw}`;
  }
  return text;
}

function withdrawalWords(activity: Activity, ctx: BuildContext): string {
  const purpose = activity.consent_purpose ? ctx.register.consent?.purposes[activity.consent_purpose] : undefined;
  return ctx.text(purpose?.withdrawal);
}

const activityLink = (id: string, activity: Activity, ctx: BuildContext): Inline => [
  link(ctx.text(activity.name), `#${anchor("activity", id)}`),
];

/** Art. 13(1)(c)-(d): each basis we rely on, what it means, and which activities rest on it. */
export function legalBases(ctx: BuildContext): Section | undefined {
  const activities = ctx.controllerActivities;
  const subsections: Section[] = [];
  for (const basis of LEGAL_BASES) {
    const using = activities.filter(([, a]) => a.legal_basis === basis);
    const askedConsent = basis === "consent" && Object.keys(ctx.register.consent?.purposes ?? {}).length > 0;
    if (using.length === 0 && !askedConsent) continue;
    const blocks: Block[] = [
      paragraph(
        sentence(
          ctx.t({
            nl: `Wij verwerken gegevens ${BASIS_REASON[basis].nl} (${basisArticle(basis, "nl")})`,
            en: `We process data ${BASIS_REASON[basis].en} (${basisArticle(basis, "en")})`,
          }),
        ),
      ),
    ];
    if (basis === "legitimate_interest") blocks.push(...interestBlocks(using, ctx));
    else if (basis === "consent") blocks.push(...consentBlocks(using, ctx));
    else {
      blocks.push(
        paragraph(ctx.t({ nl: "Dit geldt voor:", en: "This applies to:" })),
        bullets(using.map(([id, a]) => activityLink(id, a, ctx))),
      );
    }
    subsections.push(section(`basis-${basis.replace(/_/g, "-")}`, BASIS_NAME[basis][ctx.lang], blocks));
  }
  const special = specialBlocks(ctx);
  if (subsections.length === 0 && special.length === 0) return undefined;
  const intro = paragraph(
    ctx.t({
      nl: "De wet staat ons alleen toe persoonsgegevens te gebruiken als daar een grondslag voor is. Wij gebruiken de volgende grondslagen.",
      en: "The law allows us to use personal data only when we have a legal basis for it. We rely on the following bases.",
    }),
  );
  return section(
    "legal-bases",
    ctx.t({ nl: "Op welke grondslag", en: "Our legal bases" }),
    [intro, ...special],
    subsections,
  );
}

function interestBlocks(using: [string, Activity][], ctx: BuildContext): Block[] {
  const items = using.map(([id, a]): Inline => {
    const interest = ctx.text(a.legitimate_interest?.interest);
    const test = a.legitimate_interest?.balancing_test;
    let tested = "";
    if (test) {
      const when = test.date ? ctx.t({ nl: ` op ${ctx.date(test.date)}`, en: ` on ${ctx.date(test.date)}` }) : "";
      // The outcome is the register's own sentence: it stands after a lead-in, not inside ours.
      const outcome = ctx.text(test.outcome);
      tested = ` ${ctx.t({ nl: `Wij hebben${when} schriftelijk afgewogen of dit belang zwaarder weegt dan {uw|je} privacy.`, en: `We weighed in writing${when} whether this interest outweighs your privacy.` })}`;
      if (outcome) tested += ` ${sentence(ctx.t({ nl: `De uitkomst: ${outcome}`, en: `The outcome: ${outcome}` }))}`;
    }
    return interest ? [...activityLink(id, a, ctx), ": ", sentence(interest), tested] : activityLink(id, a, ctx);
  });
  return [
    paragraph(ctx.t({ nl: "Het gaat om deze belangen:", en: "These are the interests:" })),
    bullets(items),
    paragraph(
      strong(ctx.t({ nl: "{U|Je} kunt bezwaar maken. ", en: "You can object. " })),
      ctx.t({
        nl: "{Bent u|Ben je} het niet eens met een verwerking op grond van ons gerechtvaardigd belang, laat het ons weten. Wij maken dan opnieuw een afweging voor {uw|je} situatie en stoppen, tenzij wij dwingende redenen hebben die zwaarder wegen dan {uw|je} belangen, of de gegevens nodig hebben voor een rechtsvordering.",
        en: "If you disagree with processing based on our legitimate interest, let us know. We then weigh the interests again for your situation and stop, unless we have compelling reasons that override your interests, or need the data for a legal claim.",
      }),
    ),
  ];
}

/**
 * Every consent the register asks for, with how it is given and withdrawn, as the register records it.
 * Consent-based activities without a consent purpose are listed too, so none goes unmentioned.
 */
function consentBlocks(using: [string, Activity][], ctx: BuildContext): Block[] {
  const purposes = Object.entries(ctx.register.consent?.purposes ?? {});
  const items = purposes.map(([id, purpose]): Inline => {
    const linked = ctx.controllerActivities.filter(([, a]) => a.consent_purpose === id);
    const name = ctx.text(purpose.name) || id;
    const parts = [
      sentence(ctx.text(purpose.description)),
      purpose.mechanism ? sentence(ctx.t(CONSENT_MECHANISM[purpose.mechanism])) : "",
      purpose.unsubscribe_in_every_message
        ? ctx.t({
            nl: "In elk bericht staat een link om {u|je} af te melden.",
            en: "Every message contains a link to unsubscribe.",
          })
        : "",
    ];
    parts.push(
      withMeans(ctx.text(purpose.withdrawal), ctx, (how) => ({
        nl: `Intrekken kan ${how}`,
        en: `You can withdraw ${how}`,
      })),
    );
    const label: Inline =
      linked.length === 1 && linked[0] ? activityLink(linked[0][0], linked[0][1], ctx) : [strong(name)];
    return [...label, ": ", parts.filter(Boolean).join(" ")];
  });
  for (const [id, a] of using) {
    if (!a.consent_purpose || !ctx.register.consent?.purposes[a.consent_purpose]) items.push(activityLink(id, a, ctx));
  }
  return [
    paragraph(ctx.t({ nl: "Wij vragen {uw|je} toestemming voor:", en: "We ask for your consent for:" })),
    bullets(items),
    paragraph(
      ctx.t({
        nl: "{U|Je} kunt {uw|je} toestemming op elk moment intrekken, net zo makkelijk als {u|je} die gaf. Wat wij daarvoor met {uw|je} toestemming deden, blijft rechtmatig.",
        en: "You can withdraw your consent at any time, as easily as you gave it. What we did with your consent before that remains lawful.",
      }),
    ),
  ];
}

/** Special categories (Art. 9), criminal data (Art. 10) and the BSN (UAVG art. 46): named with their ground. */
function specialBlocks(ctx: BuildContext): Block[] {
  const info = dataCategories(ctx.register);
  const items: Inline[] = [];
  for (const [id, activity] of ctx.controllerActivities) {
    for (const kind of ["art9", "art10", "bsn"] as const) {
      const ids = activity.data_categories.filter((c) => info[c]?.special === kind);
      if (ids.length === 0) continue;
      const what = ctx.categories(ids);
      let ground = "";
      if (kind === "art9" && activity.special_category_ground) {
        ground = ctx.t(ART9_GROUND_PHRASE[activity.special_category_ground]);
      } else if (kind === "art10") ground = ctx.clause(activity.criminal_data_ground);
      else if (kind === "bsn") ground = ctx.clause(activity.bsn_ground);
      // Without a recorded ground the item is left out: the intro says each one rests on an exception.
      if (!ground) continue;
      const text = ctx.t({ nl: `${what}, op grond van ${ground}.`, en: `${what}, on the ground of ${ground}.` });
      items.push([...activityLink(id, activity, ctx), ": ", text]);
    }
  }
  if (items.length === 0) return [];
  return [
    paragraph(
      ctx.t({
        nl: "Voor bijzondere persoonsgegevens, strafrechtelijke gegevens en het burgerservicenummer gelden strengere regels. Wij verwerken deze alleen als de wet daar een uitzondering voor geeft:",
        en: "Special categories of data, criminal data and the citizen service number (BSN) are subject to stricter rules. We process them only where the law makes an exception:",
      }),
    ),
    bullets(items),
  ];
}
