import { type Lang, textIn } from "../kernel/index.js";
import { formatDate } from "../vocabulary/index.js";
import { type ComposedMail, compose, type MailBlock } from "./compose.js";

/** The block under an Art. 19 notice: the link that tells the controller the recipient acted on it. */
export function acknowledgeBlock(lang: Lang, url: string): MailBlock {
  return {
    link: url,
    label: textIn(lang, {
      nl: "Bevestig hier dat u dit bericht heeft ontvangen en ernaar handelt",
      en: "Please confirm here that you received this notice and act on it",
    }),
  };
}

/**
 * The reminder to a recipient that has not acknowledged an Art. 19 notice. It repeats no identities
 * (the notice itself had them): the reference and the date are enough to find it again.
 */
export function acknowledgementReminderMail(p: {
  lang: Lang;
  sender: string;
  recipient: string;
  reference: string;
  sentOn: string;
  acknowledgeUrl: string;
}): ComposedMail {
  const { lang } = p;
  const sent = formatDate(p.sentOn, lang);
  return compose(
    lang,
    textIn(lang, {
      nl: `Herinnering: artikel 19 AVG-bericht (${p.reference})`,
      en: `Reminder: Article 19 GDPR notice (${p.reference})`,
    }),
    [
      textIn(lang, { nl: `Aan ${p.recipient},`, en: `To ${p.recipient},` }),
      textIn(lang, {
        nl: `Op ${sent} stuurde ${p.sender} u een bericht op grond van artikel 19 AVG, met kenmerk ${p.reference}. Wij hebben nog geen bevestiging ontvangen dat u ernaar heeft gehandeld.`,
        en: `On ${sent} ${p.sender} sent you a notice under Article 19 GDPR, reference ${p.reference}. We have not yet received confirmation that you acted on it.`,
      }),
      acknowledgeBlock(lang, p.acknowledgeUrl),
      textIn(lang, { nl: "Met vriendelijke groet,", en: "Kind regards," }) + `\n${p.sender}`,
    ],
  );
}
