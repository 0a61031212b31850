import type { BuildContext } from "../context.js";
import {
  type Block,
  bullets,
  bulletsIfAny,
  type Inline,
  link,
  paragraph,
  section,
  type Section,
  strong,
} from "../../documents/index.js";
import { sentence } from "../../vocabulary/index.js";
import { registrationWords } from "./registration.js";
import { contactItems, formatAddress } from "./contact-lines.js";

/** Art. 13(1)(a)-(b): who is responsible, how to reach them and their data protection officer. */
export function whoWeAre(ctx: BuildContext): Section {
  const org = ctx.register.organization;
  const blocks: Block[] = [];
  const trade = org.trade_names?.length ? ctx.list(org.trade_names) : "";
  const address = formatAddress(org.address, ctx);
  const registered = registrationWords(ctx);
  blocks.push(
    paragraph(
      ctx.t({
        nl: `${ctx.organization}${trade ? ` (ook handelend onder de naam ${trade})` : ""}${address ? `, gevestigd aan ${address}` : ""}${registered}, is verantwoordelijk voor de verwerking van {uw|je} persoonsgegevens zoals beschreven in deze verklaring.`,
        en: `${ctx.organization}${trade ? ` (also trading as ${trade})` : ""}${address ? `, located at ${address}` : ""}${registered}, is the controller responsible for processing your personal data as described in this statement.`,
      }),
    ),
  );
  const scope = ctx.clause(org.scope);
  if (scope)
    blocks.push(
      paragraph(ctx.t({ nl: `Deze verklaring geldt voor ${scope}.`, en: `This statement covers ${scope}.` })),
    );

  const reach: Inline[] = contactItems(org.contact, ctx);
  if (org.website) reach.push([strong(ctx.t({ nl: "Website", en: "Website" })), ": ", link(org.website, org.website)]);
  // A VAT number is no way to reach anyone: it joins a list of ways, or stands in a sentence of its own.
  const ways = reach.length;
  if (org.vat_id && ways > 0) reach.push([strong(ctx.t({ nl: "Btw-nummer", en: "VAT number" })), ": ", org.vat_id]);
  if (ways > 0) {
    blocks.push(paragraph(ctx.t({ nl: "{U|Je} bereikt ons zo:", en: "You can reach us as follows:" })), bullets(reach));
  } else if (org.vat_id) {
    blocks.push(paragraph(ctx.t({ nl: `Ons btw-nummer is ${org.vat_id}.`, en: `Our VAT number is ${org.vat_id}.` })));
  }
  blocks.push(...officerBlocks(ctx, ways > 0));
  if (org.representative) {
    const name = org.representative.name ?? ctx.t({ nl: "een vertegenwoordiger", en: "a representative" });
    blocks.push(
      paragraph(
        ctx.t({
          nl: `Wij hebben ${name} aangewezen als onze vertegenwoordiger in de Europese Unie (artikel 27 AVG).`,
          en: `We have appointed ${name} as our representative in the European Union (GDPR Article 27).`,
        }),
      ),
      ...bulletsIfAny(contactItems(org.representative, ctx)),
    );
  }
  for (const joint of org.joint_controllers ?? []) {
    const what = ctx.text(joint.responsibilities);
    blocks.push(
      paragraph(
        sentence(
          ctx.t({
            nl: `Voor een deel van de verwerkingen zijn wij samen met ${joint.name ?? "een andere organisatie"} verantwoordelijk${what ? `; zij zijn verantwoordelijk voor ${what}` : ""}`,
            en: `For some of the processing we are jointly responsible with ${joint.name ?? "another organisation"}${what ? `; they are responsible for ${what}` : ""}`,
          }),
        ),
      ),
    );
  }
  return section("who-we-are", ctx.t({ nl: "Wie wij zijn", en: "Who we are" }), blocks);
}

/**
 * The DPO (Art. 37-39) or, failing that, a privacy officer. "Not a DPO" and "no DPO appointed" rest on
 * `none: [dpo]`; when the register leaves the DPO unrecorded, neither is said.
 */
export function officerBlocks(ctx: BuildContext, contactAbove: boolean): Block[] {
  const { dpo, privacy_officer: officer } = ctx.register.organization;
  const noDpo = ctx.saysNone("dpo");
  if (dpo) {
    const named = personName(dpo.name, DPO_TITLE);
    return [
      paragraph(
        ctx.t({
          nl: `Wij hebben een functionaris gegevensbescherming (FG)${named} aangesteld. De FG houdt toezicht op hoe wij met persoonsgegevens omgaan en is {uw|je} aanspreekpunt.`,
          en: `We have appointed a data protection officer (DPO)${named}. The DPO oversees how we handle personal data and is your point of contact.`,
        }),
      ),
      ...bulletsIfAny(contactItems(dpo, ctx)),
    ];
  }
  if (officer) {
    const role = ctx.t({ nl: "privacyfunctionaris", en: "privacy officer" });
    const named = personName(officer.name, new RegExp(`^${role}$`, "i"));
    return [
      paragraph(
        ctx.t({
          nl: `Onze ${role}${named} is {uw|je} aanspreekpunt voor vragen over privacy.${noDpo ? " Dit is geen functionaris gegevensbescherming in de zin van de AVG." : ""}`,
          en: `Our ${role}${named} is your point of contact for privacy questions.${noDpo ? " This is not a data protection officer within the meaning of the GDPR." : ""}`,
        }),
      ),
      ...bulletsIfAny(contactItems(officer, ctx)),
    ];
  }
  if (!noDpo) return [];
  return [
    paragraph(
      ctx.t({
        nl: "Wij hebben geen functionaris gegevensbescherming aangesteld.",
        en: "We have not appointed a data protection officer.",
      }),
      contactAbove
        ? ctx.t({
            nl: " Met vragen over privacy {kunt u|kun je} terecht op de contactgegevens hierboven.",
            en: " For privacy questions, please use the contact details above.",
          })
        : "",
    ),
  ];
}

/** A DPO's "name" that is only the role's title again. */
const DPO_TITLE = /^(functionaris gegevensbescherming|fg|data protection officer|dpo)$/i;

/** " (name)" after the role, unless the register's "name" only repeats the role's title. */
function personName(name: string | undefined, title: RegExp): string {
  return !name || title.test(name.trim()) ? "" : ` (${name})`;
}

/** The officer's contact details under a short label, for the closing contact section. */
export function officerContact(ctx: BuildContext): Block[] {
  const { dpo, privacy_officer: officer } = ctx.register.organization;
  const who = dpo ?? officer;
  const items = contactItems(who, ctx);
  if (!who || items.length === 0) return [];
  return [
    paragraph(
      dpo
        ? ctx.t({
            nl: "Onze functionaris gegevensbescherming {bereikt u|bereik je} zo:",
            en: "You can reach our data protection officer as follows:",
          })
        : ctx.t({
            nl: "Onze privacyfunctionaris {bereikt u|bereik je} zo:",
            en: "You can reach our privacy officer as follows:",
          }),
    ),
    bullets(items),
  ];
}
