import type { InLang, Lang } from "../../kernel/index.js";
import { type ComposedMail, compose, type MailBlock } from "../../mail/index.js";
import type { ParentalConsentAge } from "../../member-states/index.js";

/** What a subscription mail says about whom it is from and what it is for. */
export interface SubscriptionMailParts {
  org: string;
  purpose: string;
  link: string;
}

/** The parent's mail also says below which age a parent must consent, and by which article. */
export interface ParentMailParts extends SubscriptionMailParts {
  age: ParentalConsentAge;
}

interface SubscriptionWords {
  confirmSubject(p: SubscriptionMailParts): string;
  confirm(p: SubscriptionMailParts): MailBlock[];
  parentSubject(p: SubscriptionMailParts): string;
  parent(p: ParentMailParts): MailBlock[];
  footer(p: { org: string; link: string }): MailBlock[];
}

const WORDS = {
  nl: {
    confirmSubject: (p: SubscriptionMailParts) => `Bevestig uw aanmelding: ${p.purpose}`,
    confirm: (p: SubscriptionMailParts): MailBlock[] => [
      "Beste lezer,",
      `Met dit e-mailadres is een aanmelding gedaan voor "${p.purpose}" van ${p.org}. Wij sturen u pas iets als u bevestigt dat het adres van u is en dat u dit wilt:`,
      { link: p.link, label: "Aanmelding bevestigen" },
      "Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren: zonder bevestiging sturen wij u niets.",
    ],
    parentSubject: (p: SubscriptionMailParts) => `Toestemming gevraagd voor uw kind: ${p.purpose}`,
    parent: (p: ParentMailParts): MailBlock[] => [
      "Beste ouder of verzorger,",
      `Uw kind heeft zich aangemeld voor "${p.purpose}" van ${p.org} en heeft uw adres opgegeven. Voor kinderen onder de ${p.age.age} jaar is de toestemming van een ouder nodig${p.age.article ? ` (${p.age.article.nl})` : ""}. Geeft u toestemming, bevestig dan hier:`,
      { link: p.link, label: "Toestemming geven" },
      "Doet u niets, dan sturen wij uw kind niets.",
    ],
    footer: (p: { org: string; link: string }): MailBlock[] => [
      `U krijgt deze e-mail omdat u zich bij ${p.org} hebt aangemeld. Afmelden kan altijd, met één klik:`,
      { link: p.link, label: "Afmelden" },
    ],
  },
  en: {
    confirmSubject: (p: SubscriptionMailParts) => `Confirm your subscription: ${p.purpose}`,
    confirm: (p: SubscriptionMailParts): MailBlock[] => [
      "Hello,",
      `This e-mail address was signed up for "${p.purpose}" from ${p.org}. We send you nothing until you confirm that the address is yours and that you want this:`,
      { link: p.link, label: "Confirm the subscription" },
      "Did you not sign up? Then you can ignore this e-mail: without a confirmation we send you nothing.",
    ],
    parentSubject: (p: SubscriptionMailParts) => `Consent asked for your child: ${p.purpose}`,
    parent: (p: ParentMailParts): MailBlock[] => [
      "Dear parent or guardian,",
      `Your child signed up for "${p.purpose}" from ${p.org} and gave your address. Children under ${p.age.age} need a parent's consent${p.age.article ? ` (${p.age.article.en})` : ""}. If you consent, please confirm here:`,
      { link: p.link, label: "Give consent" },
      "If you do nothing, we send your child nothing.",
    ],
    footer: (p: { org: string; link: string }): MailBlock[] => [
      `You get this e-mail because you subscribed with ${p.org}. You can unsubscribe at any time, in one click:`,
      { link: p.link, label: "Unsubscribe" },
    ],
  },
} satisfies InLang<SubscriptionWords>;

/** The double opt-in mail: nothing is sent for the purpose until its link is followed. */
export function confirmationMail(lang: Lang, parts: SubscriptionMailParts): ComposedMail {
  return compose(lang, WORDS[lang].confirmSubject(parts), WORDS[lang].confirm(parts));
}

/** The mail to the parent of a person under the age of digital consent. */
export function parentMail(lang: Lang, parts: ParentMailParts): ComposedMail {
  return compose(lang, WORDS[lang].parentSubject(parts), WORDS[lang].parent(parts));
}

/** The unsubscribe footer every marketing message ends with. */
export function unsubscribeFooter(lang: Lang, parts: { org: string; link: string }): MailBlock[] {
  return WORDS[lang].footer(parts);
}
