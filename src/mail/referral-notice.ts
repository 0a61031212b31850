import { type Lang, type RequestType, textIn } from "../kernel/index.js";
import { formatDate } from "../vocabulary/index.js";
import { type ComposedMail, compose } from "./compose.js";
import { requestNoun } from "./request-words.js";
import type { MailSender } from "./templates.js";

/**
 * Tells a customer (tenant) that a person whose data the company processes for it made a request to
 * the company, and was referred to the customer. It names the kind of request, its reference and the
 * day, and nothing about the person: the customer learns who it is when the person writes to it, and
 * the mail cannot pass a person's details to a customer they never wrote to.
 */
export function tenantReferralNoticeMail(p: {
  lang: Lang;
  sender: MailSender;
  tenant: string;
  type: RequestType;
  reference: string;
  completedOn: string;
}): ComposedMail {
  const { lang } = p;
  const noun = requestNoun(p.type, lang).toLowerCase();
  const org = p.sender.name[lang];
  const on = formatDate(p.completedOn, lang);
  return compose(
    lang,
    textIn(lang, {
      nl: `Doorverwezen naar u: een verzoek (${noun}) bij ${org}`,
      en: `Referred to you: a request (${noun}) made to ${org}`,
    }),
    [
      textIn(lang, { nl: `Aan ${p.tenant},`, en: `To ${p.tenant},` }),
      textIn(lang, {
        nl: `Op ${on} handelden wij een verzoek af (${noun}, kenmerk ${p.reference}) van iemand van wie wij gegevens in uw opdracht verwerken. Over die gegevens beslist u: als uw verwerker hebben wij ze niet verstrekt en niet gewijzigd, en hebben wij de persoon naar de privacycontactgegevens verwezen die u bij ons heeft vastgelegd.`,
        en: `On ${on} we completed a request (${noun}, reference ${p.reference}) from a person whose data we process on your behalf. That data is yours to decide about: as your processor we have neither disclosed nor changed it, and we referred the person to the privacy contact you recorded with us.`,
      }),
      textIn(lang, {
        nl: "Dit bericht bevat geen gegevens over de persoon. Neemt de persoon contact met u op, dan kunt u het verzoek afhandelen en ons daarvoor instructies geven.",
        en: "This message holds no details about the person. If the person contacts you, you can handle the request and give us instructions for it.",
      }),
      `${textIn(lang, { nl: "Met vriendelijke groet,", en: "Kind regards," })}\n${org}`,
    ],
  );
}
