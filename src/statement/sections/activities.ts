import { type Activity, anchor, type BuildContext } from "../context.js";
import { type Block, bullets, type Inline, link, paragraph, section, type Section, strong, table } from "../../documents/index.js";
import { BASIS_NAME, sentence } from "../../vocabulary/index.js";
import { retentionSummary } from "../retention-sentences.js";
import { basisSentence } from "./bases.js";

/** Art. 13(1)(c), 13(2)(a),(e), 14(1)(d): per activity what we process, why, on which basis and for how long. */
export function whatWeCollect(ctx: BuildContext): Section {
  const activities = ctx.controllerActivities;
  if (activities.length === 0) {
    return section("what-we-collect", ctx.t("Welke gegevens wij verwerken en waarom", "What we collect and why"), [
      paragraph(
        ctx.t(
          "Wij verwerken zelf geen persoonsgegevens als verantwoordelijke; alleen in opdracht van onze klanten.",
          "We do not process personal data as a controller ourselves; only on behalf of our customers.",
        ),
      ),
    ]);
  }
  const blocks: Block[] = [
    paragraph(
      ctx.t(
        "Hieronder staat per onderdeel welke gegevens wij verwerken, waarvoor, op welke grondslag en hoe lang wij ze bewaren. Eerst een overzicht, daarna de details.",
        "Below, for each part of what we do, you can read which data we process, what for, on which legal basis and how long we keep it. First an overview, then the details.",
      ),
    ),
    table(
      ctx.t("Overzicht van onze verwerkingen", "Overview of our processing"),
      [
        ctx.t("Onderdeel", "Activity"),
        ctx.t("Gegevens", "Data"),
        ctx.t("Grondslag", "Legal basis"),
        ctx.t("Hoe lang", "How long"),
      ],
      activities.map(([id, a]) => [
        [link(ctx.text(a.name), `#${anchor("activity", id)}`)],
        [ctx.categories(a.data_categories) || "—"],
        [a.legal_basis ? BASIS_NAME[a.legal_basis][ctx.lang] : ctx.t("nog niet vastgelegd", "not yet recorded")],
        [retentionSummary(a.retention ? ctx.register.retention[a.retention] : undefined, ctx)],
      ]),
    ),
  ];
  const subsections = activities.map(([id, a]) => activitySection(id, a, ctx));
  const sources = sourcesSection(ctx);
  if (sources) subsections.push(sources);
  return section(
    "what-we-collect",
    ctx.t("Welke gegevens wij verwerken en waarom", "What we collect and why"),
    blocks,
    subsections,
  );
}

/** A labelled list item; a question as label needs no colon after it. */
const item = (label: string, ...rest: Inline): Inline => [strong(label), label.endsWith("?") ? " " : ": ", ...rest];

function activitySection(id: string, a: Activity, ctx: BuildContext): Section {
  const items: Inline[] = [];
  if (a.data_categories.length > 0) {
    items.push(item(ctx.t("Welke gegevens", "What data"), sentence(ctx.categories(a.data_categories))));
  }
  if (a.subjects.length > 0) items.push(item(ctx.t("Van wie", "About whom"), sentence(ctx.subjects(a.subjects))));
  items.push(item(ctx.t("Waarvoor", "What for"), sentence(ctx.text(a.purpose))));
  items.push(item(ctx.t("Grondslag", "Legal basis"), basisSentence(a, ctx)));
  const rule = a.retention ? ctx.register.retention[a.retention] : undefined;
  items.push(item(ctx.t("Hoe lang", "How long"), sentence(retentionSummary(rule, ctx)), " ", retentionLink(ctx)));
  if (a.recipients.length > 0) {
    items.push(
      item(ctx.t("Wie ze ontvangt", "Who receives it"), sentence(ctx.list(a.recipients.map(ctx.recipientName)))),
    );
  }
  const requirement = requirementText(a, ctx);
  if (requirement)
    items.push(item(ctx.t("Moet u deze gegevens geven?", "Do you have to provide this data?"), requirement));
  if (a.source && !a.source.from_subject) {
    items.push(item(ctx.t("Herkomst", "Source"), sourceText(a, ctx)));
  }
  for (const decisionId of a.automated_decisions) {
    const decision = ctx.register.automated_decisions[decisionId];
    const name = decision ? ctx.text(decision.name) : decisionId;
    items.push(
      item(ctx.t("Automatisch besluit", "Automated decision"), link(name, `#${anchor("decision", decisionId)}`), "."),
    );
  }
  const blocks: Block[] = [bullets(items)];
  const notes = ctx.text(a.notes);
  if (notes) blocks.push(paragraph(sentence(notes)));
  return section(anchor("activity", id), ctx.text(a.name) || id, blocks);
}

function retentionLink(ctx: BuildContext): Inline[number] {
  return link(ctx.t("Meer over bewaren", "More about retention"), "#retention");
}

/** Art. 13(2)(e): whether the data is required by contract or law, and what follows if it is not given. */
function requirementText(a: Activity, ctx: BuildContext): string | undefined {
  const consequence = ctx.text(a.requirement?.consequence);
  const tail = consequence ? ` ${sentence(consequence)}` : "";
  switch (a.requirement?.kind) {
    case "contract":
      return (
        ctx.t("Ja, deze gegevens zijn nodig voor de overeenkomst.", "Yes, we need this data for the contract.") + tail
      );
    case "law":
      return ctx.t("Ja, de wet verplicht dat.", "Yes, the law requires it.") + tail;
    case "voluntary":
      return ctx.t("Nee, dat is vrijwillig.", "No, that is up to you.") + tail;
    default:
      if (a.legal_basis === "consent") {
        return ctx.t(
          "Nee, dat is vrijwillig. Zonder uw toestemming doen wij dit niet.",
          "No, that is up to you. Without your consent we do not do this.",
        );
      }
      return undefined;
  }
}

function sourceText(a: Activity, ctx: BuildContext): string {
  const from = ctx.text(a.source?.description);
  let text = from
    ? ctx.t(
        `Wij krijgen deze gegevens niet van u zelf, maar van ${from}.`,
        `We do not get this data from you but from ${from}.`,
      )
    : ctx.t("Wij krijgen deze gegevens niet van u zelf.", "We do not get this data from you.");
  if (a.source?.publicly_accessible) {
    text += ` ${ctx.t("Het gaat om openbare bronnen.", "These are publicly accessible sources.")}`;
  }
  return text;
}

/** Art. 14(1)(d), 14(2)(f): data not obtained from the person, with its categories and source. */
function sourcesSection(ctx: BuildContext): Section | undefined {
  const elsewhere = ctx.controllerActivities.filter(([, a]) => a.source && !a.source.from_subject);
  if (elsewhere.length === 0) return undefined;
  return section("sources", ctx.t("Gegevens die wij niet van u zelf krijgen", "Data we do not get from you"), [
    paragraph(
      ctx.t(
        "Sommige gegevens krijgen wij van anderen. Dit zijn de soorten gegevens en waar ze vandaan komen:",
        "We receive some data from others. These are the kinds of data and where they come from:",
      ),
    ),
    bullets(
      elsewhere.map(([, a]): Inline => [
        strong(ctx.text(a.name)),
        ": ",
        sentence(ctx.categories(a.data_categories) || ctx.t("gegevens", "data")),
        " ",
        sourceText(a, ctx),
      ]),
    ),
  ]);
}
