import type { BuildContext } from "../context.js";
import { type Block, bulletsIfAny, paragraph, section, type Section } from "../../documents/index.js";
import { authorityWords } from "./authority.js";
import { contactItems } from "./contact-lines.js";
import { officerContact } from "./who.js";

/** Where to go with questions: us, our DPO, and the supervisory authority. */
export function contactSection(ctx: BuildContext): Section {
  const org = ctx.register.organization;
  const blocks: Block[] = [
    paragraph(
      ctx.t({
        nl: `{Hebt u|Heb je} vragen over deze verklaring of over {uw|je} gegevens? Neem contact op met ${ctx.organization}:`,
        en: `Do you have questions about this statement or about your data? Please contact ${ctx.organization}:`,
      }),
    ),
    ...bulletsIfAny(contactItems({ ...org.contact, address: org.contact?.address ?? org.address }, ctx)),
  ];
  blocks.push(...officerContact(ctx));
  if (ctx.register.rights.supported.includes("complaint")) {
    const { name, link: site } = authorityWords(ctx);
    blocks.push(
      paragraph(
        ctx.t({
          nl: `Komen wij er samen niet uit, dan {kunt u|kun je} een klacht indienen bij ${name}`,
          en: `If we cannot resolve it together, you can complain to ${name}`,
        }),
        ...(site ? [": ", site] : []),
        ".",
      ),
    );
  }
  return section("contact", ctx.t({ nl: "Contact", en: "Contact" }), blocks);
}
