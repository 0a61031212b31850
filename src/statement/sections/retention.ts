import type { BuildContext } from "../context.js";
import { type Block, bullets, type Inline, paragraph, section, type Section, strong } from "../../documents/index.js";
import { retentionText } from "../retention-sentences.js";
import { keptHashedAfterErasure } from "./kept-after-erasure.js";

/** Art. 13(2)(a): per activity how long, from which moment, what happens then, and any legal holds. */
export function howLongWeKeep(ctx: BuildContext): Section {
  const activities = [...ctx.controllerActivities, ...ctx.processorActivities];
  const items = activities.flatMap(([, a]): Inline[] => {
    const rules = [a.retention, ...(a.lifecycle ?? [])].map((id) => (id ? ctx.register.retention[id] : undefined));
    // The main rule first; lifecycle rules end the same data on another event, each with its own terms.
    // A rule with neither a period nor criteria says nothing; an activity with no such rule is left out.
    const text = rules.flatMap((rule, i) => {
      const joined = retentionText(rule, ctx, a.data_categories);
      if (!joined) return [];
      return [i === 0 ? joined : `${ctx.t({ nl: "Daarnaast:", en: "In addition:" })} ${joined}`];
    });
    return text.length > 0 ? [[strong(ctx.text(a.name)), ": ", text.join(" ")]] : [];
  });
  const blocks: Block[] = [
    paragraph(
      ctx.t({
        nl: "Wij bewaren gegevens niet langer dan nodig. Per onderdeel geldt het volgende; de termijn telt vanaf het moment dat erbij staat.",
        en: "We keep data no longer than needed. For each part the following applies; the period counts from the moment stated.",
      }),
    ),
  ];
  if (items.length > 0) blocks.push(bullets(items));
  blocks.push(...keptHashedAfterErasure(ctx));
  return section("retention", ctx.t({ nl: "Hoe lang wij gegevens bewaren", en: "How long we keep data" }), blocks);
}
