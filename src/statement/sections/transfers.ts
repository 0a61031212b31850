import { ADEQUATE, countryName, thirdCountries } from "../../register/index.js";
import type { BuildContext, Recipient } from "../context.js";
import { type Inline, paragraph, section, type Section, table } from "../../documents/index.js";
import { SAFEGUARD_EXPLANATION, sentence } from "../../vocabulary/index.js";

/**
 * The safeguard for one recipient: the register's choice, or adequacy when every country has a decision.
 * Without either, the cell stays empty: an unrecorded safeguard is not "no safeguard" (check reports it).
 */
function safeguardText(recipient: Pick<Recipient, "transfer">, countries: string[], ctx: BuildContext): string {
  const chosen = recipient.transfer?.safeguard ?? (countries.every((c) => ADEQUATE.has(c)) ? "adequacy" : undefined);
  if (chosen === undefined) return "—";
  const details = ctx.text(recipient.transfer?.details);
  return details
    ? `${ctx.t(SAFEGUARD_EXPLANATION[chosen])} ${sentence(details)}`
    : ctx.t(SAFEGUARD_EXPLANATION[chosen]);
}

/**
 * Art. 13(1)(f): transfers outside the EEA, with the countries and the safeguard in words. "We do not
 * transfer" rests on `none: [transfers]`; a register that records neither says nothing here.
 */
export function outsideTheEea(ctx: BuildContext): Section | undefined {
  const heading = ctx.t({
    nl: "Gegevens buiten de Europese Economische Ruimte",
    en: "Data outside the European Economic Area",
  });
  // A sub-processor abroad takes the data abroad as much as a recipient does (Art. 28(4), Art. 44).
  const abroad = Object.values(ctx.register.recipients)
    .flatMap((r) => [
      { name: ctx.text(r.name), recipient: r as Pick<Recipient, "transfer">, countries: thirdCountries(r.location) },
      ...r.sub_processors.map((sub) => ({
        name: `${sub.name} (${ctx.t({ nl: `subverwerker van ${ctx.text(r.name)}`, en: `sub-processor of ${ctx.text(r.name)}` })})`,
        recipient: sub,
        countries: thirdCountries(sub.location),
      })),
    ])
    .filter((x) => x.countries.length > 0);
  if (abroad.length === 0) {
    if (!ctx.saysNone("transfers")) return undefined;
    return section("transfers", heading, [
      paragraph(
        ctx.t({
          nl: "Wij geven {uw|je} gegevens niet door aan ontvangers buiten de Europese Economische Ruimte (EER).",
          en: "We do not transfer your data to recipients outside the European Economic Area (EEA).",
        }),
      ),
    ]);
  }
  return section("transfers", heading, [
    paragraph(
      ctx.t({
        nl: "Binnen de Europese Economische Ruimte (EER) geldt overal dezelfde privacywet. Sommige ontvangers verwerken gegevens ook daarbuiten. Hieronder staat per ontvanger in welk land dat is en welke waarborg {uw|je} gegevens daar beschermt.",
        en: "The same privacy law applies throughout the European Economic Area (EEA). Some recipients also process data outside it. Below, for each recipient, you can see in which country and which safeguard protects your data there.",
      }),
    ),
    table(
      ctx.t({ nl: "Doorgifte buiten de EER", en: "Transfers outside the EEA" }),
      [
        ctx.t({ nl: "Ontvanger", en: "Recipient" }),
        ctx.t({ nl: "Land", en: "Country" }),
        ctx.t({ nl: "Waarborg", en: "Safeguard" }),
      ],
      abroad.map(({ name, recipient, countries }): Inline[] => [
        [name],
        [ctx.list(countries.map((c) => countryName(c, ctx.lang)))],
        [safeguardText(recipient, countries, ctx)],
      ]),
    ),
    paragraph(
      ctx.t({
        nl: "{Wilt u|Wil je} een kopie van deze waarborgen of weten waar {u|je} die kunt inzien, neem dan contact met ons op.",
        en: "If you would like a copy of these safeguards or to know where to find them, please contact us.",
      }),
    ),
  ]);
}
