import type { BuildContext } from "../context.js";
import { paragraph, section, type Section } from "../../documents/index.js";
import { sentence } from "../../vocabulary/index.js";
import { parentalConsentAge } from "../../member-states/index.js";

/**
 * Art. 8 GDPR and the member state's age of digital consent (UAVG art. 5 in the Netherlands): the age
 * limit and whether a parent must consent, when the register says so.
 */
export function childrenSection(ctx: BuildContext): Section | undefined {
  const heading = ctx.t({ nl: "Kinderen", en: "Children" });
  const minors = ctx.register.minors;
  if (!minors) return undefined;
  const { age, article } = parentalConsentAge(ctx.register.organization, minors.minimum_age);
  const parts: string[] = [];
  if (minors.targets_children !== undefined) {
    parts.push(
      minors.targets_children
        ? ctx.t({ nl: "Onze dienst is ook bedoeld voor kinderen.", en: "Our service is also meant for children." })
        : ctx.t({ nl: "Onze dienst is niet bedoeld voor kinderen.", en: "Our service is not meant for children." }),
    );
  }
  if (minors.parental_consent) {
    parts.push(
      ctx.t({
        nl: `{Bent u|Ben je} jonger dan ${age} jaar, dan {hebt u|heb je} de toestemming van een ouder of voogd nodig voordat {u|je} ons gegevens geeft of ergens toestemming voor geeft.`,
        en: `If you are under ${age}, you need the consent of a parent or guardian before you give us data or consent to anything.`,
      }),
    );
    if (article) {
      parts.push(
        ctx.t({
          nl: `Die leeftijd volgt uit artikel 8 AVG en ${article.nl}.`,
          en: `That age follows from Article 8 GDPR and ${article.en}.`,
        }),
      );
    }
  } else {
    parts.push(
      ctx.t({
        nl: `{Bent u|Ben je} jonger dan ${age} jaar, geef ons dan geen persoonsgegevens.`,
        en: `If you are under ${age}, please do not give us any personal data.`,
      }),
    );
  }
  const policy = ctx.text(minors.policy);
  if (policy) parts.push(sentence(policy));
  return section("children", heading, [paragraph(parts.join(" "))]);
}
