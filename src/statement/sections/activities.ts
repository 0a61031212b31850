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
  table,
} from "../../documents/index.js";
import { BASIS_NAME, retentionPhrase, sentence } from "../../vocabulary/index.js";
import { basisSentence } from "./bases.js";

/** Art. 13(1)(c), 13(2)(a),(e), 14(1)(d): per activity what we process, why, on which basis and for how long. */
export function whatWeCollect(ctx: BuildContext): Section | undefined {
  const activities = ctx.controllerActivities;
  if (activities.length === 0) {
    if (ctx.processorActivities.length === 0) return undefined;
    return section(
      "what-we-collect",
      ctx.t({ nl: "Welke gegevens wij verwerken en waarom", en: "What we collect and why" }),
      [
        paragraph(
          ctx.t({
            nl: "Wij verwerken zelf geen persoonsgegevens als verantwoordelijke; alleen in opdracht van onze klanten.",
            en: "We do not process personal data as a controller ourselves; only on behalf of our customers.",
          }),
        ),
      ],
    );
  }
  const blocks: Block[] = [
    paragraph(
      ctx.t({
        nl: "Hieronder staat per onderdeel welke gegevens wij verwerken, waarvoor, op welke grondslag en hoe lang wij ze bewaren. Eerst een overzicht, daarna de details.",
        en: "Below, for each part of what we do, you can read which data we process, what for, on which legal basis and how long we keep it. First an overview, then the details.",
      }),
    ),
    table(
      ctx.t({ nl: "Overzicht van onze verwerkingen", en: "Overview of our processing" }),
      [
        ctx.t({ nl: "Onderdeel", en: "Activity" }),
        ctx.t({ nl: "Gegevens", en: "Data" }),
        ctx.t({ nl: "Grondslag", en: "Legal basis" }),
        ctx.t({ nl: "Hoe lang", en: "How long" }),
      ],
      activities.map(([id, a]) => [
        [link(ctx.text(a.name), `#${anchor("activity", id)}`)],
        [ctx.categories(a.data_categories) || "—"],
        // An unrecorded basis or period leaves its cell empty; check reports the gap.
        [a.legal_basis ? BASIS_NAME[a.legal_basis][ctx.lang] : "—"],
        [retentionPhrase(a.retention ? ctx.register.retention[a.retention] : undefined, ctx.lang, ctx.form) ?? "—"],
      ]),
    ),
  ];
  const subsections = activities.map(([id, a]) => activitySection(id, a, ctx));
  const sources = sourcesSection(ctx);
  if (sources) subsections.push(sources);
  return section(
    "what-we-collect",
    ctx.t({ nl: "Welke gegevens wij verwerken en waarom", en: "What we collect and why" }),
    blocks,
    subsections,
  );
}

/** A labelled list item; a question as label needs no colon after it. */
const item = (label: string, ...rest: Inline): Inline => [strong(label), label.endsWith("?") ? " " : ": ", ...rest];

function activitySection(id: string, a: Activity, ctx: BuildContext): Section {
  const items: Inline[] = [];
  if (a.data_categories.length > 0) {
    items.push(item(ctx.t({ nl: "Welke gegevens", en: "What data" }), sentence(ctx.categories(a.data_categories))));
  }
  if (a.subjects.length > 0)
    items.push(item(ctx.t({ nl: "Van wie", en: "About whom" }), sentence(ctx.subjects(a.subjects))));
  items.push(item(ctx.t({ nl: "Waarvoor", en: "What for" }), sentence(ctx.text(a.purpose))));
  const basis = basisSentence(a, ctx);
  if (basis) items.push(item(ctx.t({ nl: "Grondslag", en: "Legal basis" }), basis));
  const kept = retentionPhrase(a.retention ? ctx.register.retention[a.retention] : undefined, ctx.lang, ctx.form);
  if (kept) items.push(item(ctx.t({ nl: "Hoe lang", en: "How long" }), sentence(kept), " ", retentionLink(ctx)));
  if (a.recipients.length > 0) {
    items.push(
      item(
        ctx.t({ nl: "Wie ze ontvangt", en: "Who receives it" }),
        sentence(ctx.list(a.recipients.map(ctx.recipientName))),
      ),
    );
  }
  const requirement = requirementText(a, ctx);
  if (requirement)
    items.push(
      item(
        ctx.t({ nl: "{Moet u|Moet je} deze gegevens geven?", en: "Do you have to provide this data?" }),
        requirement,
      ),
    );
  if (a.source && !a.source.from_subject) {
    items.push(item(ctx.t({ nl: "Herkomst", en: "Source" }), sourceText(a, ctx)));
  }
  for (const decisionId of a.automated_decisions) {
    const decision = ctx.register.automated_decisions[decisionId];
    const name = decision ? ctx.text(decision.name) : decisionId;
    items.push(
      item(
        ctx.t({ nl: "Automatisch besluit", en: "Automated decision" }),
        link(name, `#${anchor("decision", decisionId)}`),
        ".",
      ),
    );
  }
  const blocks: Block[] = [bullets(items)];
  const notes = ctx.text(a.notes);
  if (notes) blocks.push(paragraph(sentence(notes)));
  return section(anchor("activity", id), ctx.text(a.name) || id, blocks);
}

function retentionLink(ctx: BuildContext): Inline[number] {
  return link(ctx.t({ nl: "Meer over bewaren", en: "More about retention" }), "#retention");
}

/** Art. 13(2)(e): whether the data is required by contract or law, and what follows if it is not given. */
function requirementText(a: Activity, ctx: BuildContext): string | undefined {
  const consequence = ctx.text(a.requirement?.consequence);
  const tail = consequence ? ` ${sentence(consequence)}` : "";
  switch (a.requirement?.kind) {
    case "contract":
      return (
        ctx.t({
          nl: "Ja, deze gegevens zijn nodig voor de overeenkomst.",
          en: "Yes, we need this data for the contract.",
        }) + tail
      );
    case "law":
      return ctx.t({ nl: "Ja, de wet verplicht dat.", en: "Yes, the law requires it." }) + tail;
    case "voluntary":
      return ctx.t({ nl: "Nee, dat is vrijwillig.", en: "No, that is up to you." }) + tail;
    default:
      if (a.legal_basis === "consent") {
        return ctx.t({
          nl: "Nee, dat is vrijwillig. Zonder {uw|je} toestemming doen wij dit niet.",
          en: "No, that is up to you. Without your consent we do not do this.",
        });
      }
      return undefined;
  }
}

function sourceText(a: Activity, ctx: BuildContext): string {
  const from = ctx.clause(a.source?.description);
  let text = from
    ? ctx.t({
        nl: `Wij krijgen deze gegevens niet van {u zelf|jezelf}, maar van ${from}.`,
        en: `We do not get this data from you but from ${from}.`,
      })
    : ctx.t({ nl: "Wij krijgen deze gegevens niet van {u zelf|jezelf}.", en: "We do not get this data from you." });
  if (a.source?.publicly_accessible) {
    text += ` ${ctx.t({ nl: "Het gaat om openbare bronnen.", en: "These are publicly accessible sources." })}`;
  }
  return text;
}

/** Art. 14(1)(d), 14(2)(f): data not obtained from the person, with its categories and source. */
function sourcesSection(ctx: BuildContext): Section | undefined {
  const elsewhere = ctx.controllerActivities.filter(([, a]) => a.source && !a.source.from_subject);
  if (elsewhere.length === 0) return undefined;
  return section(
    "sources",
    ctx.t({ nl: "Gegevens die wij niet van {u zelf|jezelf} krijgen", en: "Data we do not get from you" }),
    [
      paragraph(
        ctx.t({
          nl: "Sommige gegevens krijgen wij van anderen. Dit zijn de soorten gegevens en waar ze vandaan komen:",
          en: "We receive some data from others. These are the kinds of data and where they come from:",
        }),
      ),
      bullets(
        elsewhere.map(([, a]): Inline => [
          strong(ctx.text(a.name)),
          ": ",
          sentence(ctx.categories(a.data_categories) || ctx.t({ nl: "gegevens", en: "data" })),
          " ",
          sourceText(a, ctx),
        ]),
      ),
    ],
  );
}
