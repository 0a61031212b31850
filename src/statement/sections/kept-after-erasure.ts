import type { BuildContext } from "../context.js";
import { type Block, bullets, type Inline, paragraph } from "../../documents/index.js";

/**
 * What erasure keeps as a keyed hash, and why (Art. 17, Recital 26): a hash under a key we hold lets
 * us recognise the value when it is given again, so it is still personal data and the person is told.
 * Nothing when the register hashes nothing.
 */
export function keptHashedAfterErasure(ctx: BuildContext): Block[] {
  const items: Inline[] = [];
  for (const [name, collection] of Object.entries(ctx.register.datasets?.collections ?? {})) {
    for (const [field, def] of Object.entries(collection.fields)) {
      if (def.masking !== "hash") continue;
      const what = def.category ? ctx.category(def.category) : `${name}.${field}`;
      const why = def.hash_reason
        ? ctx.text(def.hash_reason)
        : ctx.t({ nl: "zonder opgegeven reden", en: "no reason given" });
      items.push([what, ": ", why]);
    }
  }
  if (items.length === 0) return [];
  return [
    paragraph(
      ctx.t({
        nl: "Als {u|je} ons vraagt {uw|je} gegevens te wissen, bewaren wij de volgende gegevens alleen als versleutelde code (een hash met een sleutel die alleen wij hebben). Daaruit zijn ze niet terug te lezen, maar wij herkennen ze als ze opnieuw worden opgegeven. Het blijven daarom persoonsgegevens:",
        en: "If you ask us to erase your data, we keep the following only as a coded value (a hash under a key only we hold). It cannot be read back from it, but we recognise it when it is given again, so it remains personal data:",
      }),
    ),
    bullets(items),
  ];
}
