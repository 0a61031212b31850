import type { OwnDataKind } from "../../register/index.js";
import { type Block, paragraph } from "../../documents/index.js";
import type { BuildContext } from "../context.js";

/** One sentence per kind of the request service's own data, with the period in its place. */
const SENTENCES: Record<OwnDataKind, (period: string) => { nl: string; en: string }> = {
  unverified_requests: (p) => ({
    nl: `Een verzoek dat {u|je} niet bevestigt, verwijderen wij ${p} nadat {u|je} het hebt ingediend.`,
    en: `A request you do not confirm is removed ${p} after you made it.`,
  }),
  expired_codes: (p) => ({
    nl: `Een eenmalige code verwijderen wij ${p} nadat die is verlopen.`,
    en: `A one-time code is removed ${p} after it expires.`,
  }),
  delivered_mail: (p) => ({
    nl: `De e-mails die wij {u|je} over een verzoek sturen, verwijderen wij ${p} na verzending uit ons systeem.`,
    en: `The e-mails we send you about a request are removed from our system ${p} after they are sent.`,
  }),
  expired_packages: (p) => ({
    nl: `Een downloadpakket met {uw|je} gegevens verwijderen wij ${p} nadat de downloadlink is verlopen.`,
    en: `A download package with your data is removed ${p} after its download link expires.`,
  }),
};

/**
 * How long we keep what we handle for a request, as far as the register records it: a kind without a
 * recorded period gets no sentence (the purge's default is not a promise the register made).
 */
export function ownDataRetention(ctx: BuildContext): Block[] {
  const recorded = ctx.register.service?.retention ?? {};
  const sentences = (Object.keys(SENTENCES) as OwnDataKind[]).flatMap((kind) => {
    const period = recorded[kind];
    return period ? [ctx.t(SENTENCES[kind](ctx.period(period)))] : [];
  });
  return sentences.length > 0 ? [paragraph(sentences.join(" "))] : [];
}
