import type { BuildContext } from "../context.js";
import { type Block, bullets, type Inline, paragraph, section, type Section, strong } from "../../documents/index.js";
import { retentionPhrase, sentence } from "../../vocabulary/index.js";

/** Art. 28: for data customers enter, the customer is the controller and we only process on its behalf. */
export function customerData(ctx: BuildContext): Section | undefined {
  const activities = ctx.processorActivities;
  if (activities.length === 0) return undefined;
  const items = activities.map(([, a]): Inline => {
    const controller = ctx.text(a.controller);
    const kept = retentionPhrase(a.retention ? ctx.register.retention[a.retention] : undefined, ctx.lang, ctx.form);
    const what = ctx.categories(a.data_categories);
    const whom =
      a.subjects.length > 0
        ? ctx.t({ nl: ` van ${ctx.subjects(a.subjects)}`, en: ` of ${ctx.subjects(a.subjects)}` })
        : "";
    const parts = [
      sentence(ctx.text(a.purpose)),
      a.data_categories.length > 0
        ? ctx.t({ nl: `Het gaat om ${what}${whom}.`, en: `This covers ${what}${whom}.` })
        : "",
      controller
        ? ctx.t({
            nl: `Verwerkingsverantwoordelijke: ${controller}; wij zijn verwerker.`,
            en: `Controller: ${controller}; we are the processor.`,
          })
        : ctx.t({ nl: "Wij zijn verwerker.", en: "We are the processor." }),
      kept ? sentence(ctx.t({ nl: `Bewaren: ${kept}`, en: `Retention: ${kept}` })) : "",
    ];
    return [strong(ctx.text(a.name)), ": ", parts.filter(Boolean).join(" ")];
  });
  const blocks: Block[] = [
    paragraph(
      ctx.t({
        nl: "Onze klanten voeren in onze software ook gegevens in over hun eigen klanten, medewerkers of relaties. Voor die gegevens is de klant de verwerkingsverantwoordelijke: de klant bepaalt waarvoor ze worden gebruikt. Wij zijn verwerker en gebruiken ze alleen in opdracht van de klant.",
        en: "Our customers also enter data in our software about their own customers, staff or contacts. For that data the customer is the controller: the customer decides what it is used for. We are the processor and use it only on the customer's instructions.",
      }),
    ),
    bullets(items),
    paragraph(
      ctx.t({
        nl: "Staan {uw|je} gegevens in het systeem van een van onze klanten en {wilt u|wil je} {uw|jouw} rechten uitoefenen, neem dan contact op met die organisatie. Wij helpen de klant om {uw|je} verzoek af te handelen. Hoe die organisatie met {uw|je} gegevens omgaat, {leest u|lees je} in haar eigen privacyverklaring.",
        en: "If your data is in the system of one of our customers and you want to exercise your rights, please contact that organisation. We help the customer handle your request. That organisation's own privacy statement tells you how it handles your data.",
      }),
    ),
  ];
  return section(
    "customer-data",
    ctx.t({ nl: "Gegevens die onze klanten invoeren", en: "Data our customers enter" }),
    blocks,
  );
}
