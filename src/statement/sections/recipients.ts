import type { BuildContext, Recipient } from "../context.js";
import { agreementOf, countryName } from "../../register/index.js";
import { type Block, type Inline, paragraph, section, type Section, table } from "../../documents/index.js";
import { sentence } from "../../vocabulary/index.js";

type Kind = Recipient["kind"];

/**
 * Art. 13(1)(e): who receives data, by name and what they do, processors apart from independent controllers.
 * "No one outside our organisation" rests on `none: [recipients]`; an empty list alone says nothing.
 */
export function whoReceivesData(ctx: BuildContext): Section | undefined {
  const all = Object.values(ctx.register.recipients);
  const heading = ctx.t({ nl: "Wie {uw|je} gegevens ontvangt", en: "Who receives your data" });
  if (all.length === 0) {
    if (!ctx.saysNone("recipients")) {
      const promise = sharingPromise(ctx);
      return promise.length > 0 ? section("recipients", heading, promise) : undefined;
    }
    return section("recipients", heading, [
      paragraph(
        ctx.t({
          nl: "Wij delen {uw|je} gegevens met niemand buiten onze organisatie.",
          en: "We share your data with no one outside our organisation.",
        }),
      ),
      ...sharingPromise(ctx),
    ]);
  }
  const blocks: Block[] = [];
  const of = (...kinds: Kind[]) => all.filter((r) => kinds.includes(r.kind));

  const processors = of("processor", "sub_processor");
  if (processors.length > 0) {
    const signed = processors.filter((r) => agreementOf(r).status === "signed");
    let agreement = "";
    if (signed.length === processors.length) {
      agreement = ctx.t({
        nl: " Met elk van hen hebben wij een verwerkersovereenkomst gesloten.",
        en: " We have a data processing agreement with each of them.",
      });
    } else if (signed.length > 0) {
      const names = ctx.list(signed.map((r) => ctx.text(r.name)));
      agreement = ctx.t({
        nl: ` Met ${names} hebben wij een verwerkersovereenkomst gesloten.`,
        en: ` We have a data processing agreement with ${names}.`,
      });
    }
    blocks.push(
      paragraph(
        ctx.t({
          nl: `Deze partijen verwerken gegevens in onze opdracht (verwerkers). Zij mogen ze alleen gebruiken voor wat wij hun vragen.${agreement}`,
          en: `These parties process data on our behalf (processors). They may use it only for what we ask them to do.${agreement}`,
        }),
      ),
      recipientTable(ctx.t({ nl: "Verwerkers", en: "Processors" }), processors, ctx),
      ...subProcessorBlocks(processors, ctx),
    );
  }
  const controllers = of("controller");
  if (controllers.length > 0) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: "Deze partijen ontvangen gegevens van ons en zijn daar zelf verantwoordelijk voor. Voor wat zij ermee doen, geldt hun eigen privacyverklaring.",
          en: "These parties receive data from us and are responsible for it themselves. Their own privacy statement covers what they do with it.",
        }),
      ),
      recipientTable(
        ctx.t({ nl: "Zelfstandig verantwoordelijke ontvangers", en: "Recipients who are independent controllers" }),
        controllers,
        ctx,
      ),
    );
  }
  const joint = of("joint_controller");
  if (joint.length > 0) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: "Met deze partijen zijn wij samen verantwoordelijk; wij hebben onderling vastgelegd wie waarvoor zorgt.",
          en: "We are jointly responsible with these parties; we have agreed between us who takes care of what.",
        }),
      ),
      recipientTable(ctx.t({ nl: "Gezamenlijk verantwoordelijken", en: "Joint controllers" }), joint, ctx),
    );
  }
  const authorities = of("public_authority");
  if (authorities.length > 0) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: "Aan overheidsinstanties verstrekken wij gegevens alleen als de wet ons daartoe verplicht.",
          en: "We provide data to public authorities only when the law requires us to.",
        }),
      ),
      recipientTable(ctx.t({ nl: "Overheidsinstanties", en: "Public authorities" }), authorities, ctx),
    );
  }
  const categories = of("category");
  if (categories.length > 0) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: "Daarnaast ontvangen deze soorten partijen gegevens:",
          en: "In addition, these kinds of parties receive data:",
        }),
      ),
      recipientTable(ctx.t({ nl: "Soorten ontvangers", en: "Categories of recipients" }), categories, ctx),
    );
  }
  blocks.push(...sharingPromise(ctx));
  blocks.push(
    paragraph(
      ctx.t({
        nl: "Verbeteren, wissen of beperken wij {uw|je} gegevens op {uw|je} verzoek, dan laten wij dat ook weten aan de partijen die ze van ons hebben gekregen, tenzij dat onmogelijk is of onevenredig veel moeite kost. Op {uw|je} verzoek vertellen wij {u|je} wie dat zijn.",
        en: "When we rectify, erase or restrict your data at your request, we also tell the parties who received it from us, unless that is impossible or takes disproportionate effort. On request we tell you who they are.",
      }),
    ),
  );
  return section("recipients", heading, blocks);
}

/** What the company promises about passing data on, in its own words where it gave them. */
function sharingPromise(ctx: BuildContext): Block[] {
  const sharing = ctx.register.sharing;
  if (!sharing) return [];
  const parts: string[] = [];
  if (sharing.sells_data === false) {
    parts.push(
      ctx.t({ nl: "Wij verkopen {uw|je} gegevens niet aan derden.", en: "We do not sell your data to third parties." }),
    );
  } else if (sharing.sells_data === true) {
    parts.push(ctx.t({ nl: "Wij verkopen gegevens aan derden.", en: "We sell data to third parties." }));
  }
  const details = ctx.text(sharing.details);
  if (details) parts.push(sentence(details));
  return parts.length > 0 ? [paragraph(parts.join(" "))] : [];
}

/**
 * Art. 28(2)/(4): the sub-processors the processors engage, only those the register records; a
 * processor without any recorded says nothing, since the register does not say it engages none.
 */
function subProcessorBlocks(processors: Recipient[], ctx: BuildContext): Block[] {
  const rows = processors.flatMap((p) => p.sub_processors.map((sub) => ({ processor: ctx.text(p.name), sub })));
  if (rows.length === 0) return [];
  return [
    paragraph(
      ctx.t({
        nl: "Een verwerker kan voor een deel van het werk zelf een andere partij inschakelen (een subverwerker), onder dezelfde afspraken. Dit zijn de subverwerkers die wij kennen:",
        en: "A processor may engage another party for part of the work (a sub-processor), under the same terms. These are the sub-processors we know of:",
      }),
    ),
    table(
      ctx.t({ nl: "Subverwerkers", en: "Sub-processors" }),
      [
        ctx.t({ nl: "Naam", en: "Name" }),
        ctx.t({ nl: "Ingeschakeld door", en: "Engaged by" }),
        ctx.t({ nl: "Wat zij doen", en: "What they do" }),
        ctx.t({ nl: "Waar", en: "Where" }),
      ],
      rows.map(({ processor, sub }): Inline[] => [
        [sub.name],
        [processor],
        [ctx.text(sub.service) || "—"],
        [sub.location.length > 0 ? ctx.list(sub.location.map((c) => countryName(c, ctx.lang))) : "—"],
      ]),
    ),
  ];
}

function recipientTable(caption: string, recipients: Recipient[], ctx: BuildContext) {
  return table(
    caption,
    [
      ctx.t({ nl: "Naam", en: "Name" }),
      ctx.t({ nl: "Wat zij doen", en: "What they do" }),
      ctx.t({ nl: "Waar", en: "Where" }),
    ],
    recipients.map((r): Inline[] => [
      [ctx.text(r.name)],
      // An unrecorded cell stays empty: the statement does not guess what a recipient does or where.
      [ctx.text(r.service) || "—"],
      [r.location.length > 0 ? ctx.list(r.location.map((c) => countryName(c, ctx.lang))) : "—"],
    ]),
  );
}
