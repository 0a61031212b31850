import { anchor, type BuildContext } from "../context.js";
import {
  type Block,
  bullets,
  type Inline,
  link,
  paragraph,
  section,
  type Section,
  type Span,
  strong,
} from "../../documents/index.js";
import { RIGHT_NAME, sentence } from "../../vocabulary/index.js";
import { listsRequestChannels, usingRightsHeading } from "./rights.js";

/**
 * Art. 13(2)(f), 22: each automated decision with its logic, consequences and the route to a human.
 * "We take no such decisions" rests on `none: [automated_decisions]`, never on an empty section.
 */
export function automatedDecisions(ctx: BuildContext): Section | undefined {
  const heading = ctx.t({ nl: "Automatische besluiten", en: "Automated decisions" });
  const decisions = Object.entries(ctx.register.automated_decisions);
  if (decisions.length === 0) {
    if (!ctx.saysNone("automated_decisions")) return undefined;
    return section("automated-decisions", heading, [
      paragraph(
        ctx.t({
          nl: "Wij nemen geen besluiten over {u|jou} die uitsluitend automatisch tot stand komen, zonder dat een mens ernaar kijkt.",
          en: "We do not take decisions about you that are made solely by automated means, without a person looking at them.",
        }),
      ),
    ]);
  }
  const subsections = decisions.map(([id, d]): Section => {
    const blocks: Block[] = [];
    const usedBy = ctx.controllerActivities.filter(([, a]) => a.automated_decisions.includes(id));
    if (usedBy.length > 0) {
      blocks.push(
        paragraph(
          ctx.t({ nl: "Dit besluit hoort bij: ", en: "This decision is part of: " }),
          ...usedBy.flatMap(([aid, a], i): Inline => [
            ...(i > 0 ? [", "] : []),
            link(ctx.text(a.name), `#${anchor("activity", aid)}`),
          ]),
          ".",
        ),
      );
    }
    const logic = ctx.text(d.logic);
    if (logic) blocks.push(paragraph(strong(ctx.t({ nl: "Hoe het werkt: ", en: "How it works: " })), sentence(logic)));
    if (d.steps?.length) blocks.push(bullets(d.steps.map((s): Inline => [sentence(ctx.text(s))])));
    const consequences = ctx.text(d.consequences);
    if (consequences)
      blocks.push(
        paragraph(
          strong(ctx.t({ nl: "Wat dit voor {u|jou} betekent: ", en: "What it means for you: " })),
          sentence(consequences),
        ),
      );
    if (d.legal_effect) {
      blocks.push(
        paragraph(
          ctx.t({
            nl: "Dit besluit kan rechtsgevolgen voor {u|jou} hebben of {u|je} op een vergelijkbare manier in aanmerkelijke mate treffen.",
            en: "This decision can have legal effects for you or similarly significantly affect you.",
          }),
        ),
      );
    }
    const channel = ctx.clause(d.human_review?.channel);
    const review = ctx.t({
      nl: "{U|Je} kunt vragen dat een medewerker het besluit opnieuw bekijkt, {uw|je} standpunt geven en het besluit aanvechten.",
      en: "You can ask for a member of staff to look at the decision again, give your point of view and contest the decision.",
    });
    const route = channel
      ? ctx.t({ nl: `Dat {doet u|doe je} zo: ${channel}.`, en: `To do so, ${channel}.` })
      : listsRequestChannels(ctx)
        ? ctx.t({
            nl: `Neem daarvoor contact met ons op via de kanalen onder '${usingRightsHeading(ctx)}'.`,
            en: `To do so, contact us through the channels under '${usingRightsHeading(ctx)}'.`,
          })
        : ctx.t({ nl: "Neem daarvoor contact met ons op.", en: "To do so, contact us." });
    const extra = ctx.text(d.human_review?.description);
    blocks.push(
      paragraph(
        strong(ctx.t({ nl: "Een mens laten kijken: ", en: "Asking for a human: " })),
        `${review} ${sentence(route)}${extra ? ` ${sentence(extra)}` : ""}`,
        ...onlineRoute(ctx, d),
      ),
    );
    return section(anchor("decision", id), ctx.text(d.name) || id, blocks);
  });
  return section(
    "automated-decisions",
    heading,
    [
      paragraph(
        ctx.t({
          nl: "Bij de volgende besluiten neemt een systeem de beslissing zonder dat een mens ernaar kijkt. Hieronder {leest u|lees je} hoe dat werkt, wat het voor {u|jou} betekent en hoe {u|je} een mens ernaar laat kijken.",
          en: "For the following decisions a system decides without a person looking at it. Below you can read how that works, what it means for you and how to have a person look at it.",
        }),
      ),
    ],
    subsections,
  );
}

type Decision = BuildContext["register"]["automated_decisions"][string];

/**
 * Where the privacy center takes the request, and how soon it is answered: said only when the
 * register records an online channel and supports the right, which is when the center offers the
 * form for a decision of legal effect, and only the period the register set.
 */
function onlineRoute(ctx: BuildContext, d: Decision): Span[] {
  const rights = ctx.register.rights;
  const web = rights.channels.find((c) => c.kind === "web")?.address;
  const parts: Span[] = [];
  if (d.legal_effect && web && rights.supported.includes("automated_decision_review")) {
    parts.push(
      ctx.t({ nl: " {U|Je} kunt het ook online vragen via ", en: " You can also ask for it online at " }),
      link(web, web),
      ctx.t({
        nl: `: kies daar '${RIGHT_NAME.automated_decision_review.nl}' en dit besluit, en geef {uw|je} standpunt.`,
        en: `: choose '${RIGHT_NAME.automated_decision_review.en}' there and this decision, and give your point of view.`,
      }),
    );
  }
  const within = d.human_review?.respond_within;
  if (within)
    parts.push(
      ctx.t({
        nl: ` Wij beantwoorden zo'n verzoek binnen ${ctx.period(within)}.`,
        en: ` We answer such a request within ${ctx.period(within)}.`,
      }),
    );
  return parts;
}
