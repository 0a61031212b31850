import type { BuildContext } from "../context.js";
import { type Block, bullets, type Inline, paragraph, section, type Section } from "../../documents/index.js";
import { MEASURE_SENTENCE, sentence } from "../../vocabulary/index.js";

/** Art. 32, Art. 30(1)(g): the security measures in plain words; no section when the register records none. */
export function securitySection(ctx: BuildContext): Section | undefined {
  const security = ctx.register.security;
  const measures = security?.measures ?? [];
  if (measures.length === 0 && !security?.description && (security?.certifications ?? []).length === 0)
    return undefined;
  const blocks: Block[] = [
    paragraph(
      ctx.t({
        nl: "Wij beveiligen {uw|je} gegevens tegen verlies, misbruik en onbevoegde toegang.",
        en: "We protect your data against loss, misuse and unauthorised access.",
      }),
      measures.length > 0 ? ctx.t({ nl: " Dat doen wij onder meer zo:", en: " Among other things:" }) : "",
    ),
  ];
  if (measures.length > 0) blocks.push(bullets(measures.map((m): Inline => [MEASURE_SENTENCE[m][ctx.lang]])));
  const certifications = security?.certifications ?? [];
  if (certifications.length > 0) {
    blocks.push(
      paragraph(
        ctx.t({
          nl: `Wij zijn gecertificeerd volgens ${ctx.list(certifications)}.`,
          en: `We are certified to ${ctx.list(certifications)}.`,
        }),
      ),
    );
  }
  const description = ctx.text(security?.description);
  if (description) blocks.push(paragraph(sentence(description)));
  blocks.push(
    paragraph(
      ctx.t({
        nl: "{Denkt u|Denk je} dat {uw|je} gegevens niet goed beveiligd zijn of {ziet u|zie je} aanwijzingen van misbruik, neem dan direct contact met ons op.",
        en: "If you think your data is not properly secured or you see signs of misuse, please contact us straight away.",
      }),
    ),
  );
  return section(
    "security",
    ctx.t({ nl: "Hoe wij {uw|je} gegevens beveiligen", en: "How we protect your data" }),
    blocks,
  );
}
