import type { InLang, Lang } from "../../kernel/index.js";
import { type ComposedMail, compose, type MailBlock } from "../../mail/index.js";
import type { ParentalConsentAge } from "../../member-states/index.js";
import { addressedWords, type FormOfAddress } from "../../vocabulary/index.js";

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
    confirmSubject: (p: SubscriptionMailParts) => `Bevestig {uw|je} aanmelding: ${p.purpose}`,
    confirm: (p: SubscriptionMailParts): MailBlock[] => [
      "Beste lezer,",
      `Met dit e-mailadres is een aanmelding gedaan voor "${p.purpose}" van ${p.org}. Wij sturen {u|je} pas iets als {u|je} bevestigt dat het adres van {u|jou} is en dat {u|je} dit wilt:`,
      { link: p.link, label: "Aanmelding bevestigen" },
      "{Heeft u zich|Heb je je} niet aangemeld? Dan {kunt u|kun je} deze e-mail negeren: zonder bevestiging sturen wij {u|je} niets.",
    ],
    parentSubject: (p: SubscriptionMailParts) => `Toestemming gevraagd voor {uw|je} kind: ${p.purpose}`,
    parent: (p: ParentMailParts): MailBlock[] => [
      "Beste ouder of verzorger,",
      `{Uw|Je} kind heeft zich aangemeld voor "${p.purpose}" van ${p.org} en heeft {uw|je} adres opgegeven. Voor kinderen onder de ${p.age.age} jaar is de toestemming van een ouder nodig${p.age.article ? ` (${p.age.article.nl})` : ""}. {Geeft u|Geef je} toestemming, bevestig dan hier:`,
      { link: p.link, label: "Toestemming geven" },
      "{Doet u|Doe je} niets, dan sturen wij {uw|je} kind niets.",
    ],
    footer: (p: { org: string; link: string }): MailBlock[] => [
      `{U krijgt|Je krijgt} deze e-mail omdat {u zich|je je} bij ${p.org} hebt aangemeld. Afmelden kan altijd, met één klik:`,
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

/**
 * The double opt-in mail: nothing is sent for the purpose until its link is followed. Its Dutch is in
 * the register's form of address, as every mail to the person.
 */
export function confirmationMail(lang: Lang, parts: SubscriptionMailParts, form: FormOfAddress): ComposedMail {
  return compose(lang, WORDS[lang].confirmSubject(parts), WORDS[lang].confirm(parts), form);
}

/** The mail to the parent of a person under the age of digital consent. */
export function parentMail(lang: Lang, parts: ParentMailParts, form: FormOfAddress): ComposedMail {
  return compose(lang, WORDS[lang].parentSubject(parts), WORDS[lang].parent(parts), form);
}

/**
 * The unsubscribe footer every marketing message ends with, resolved here: the message above it is
 * the company's own text and is sent as written.
 */
export function unsubscribeFooter(lang: Lang, parts: { org: string; link: string }, form: FormOfAddress): MailBlock[] {
  return addressedWords(WORDS[lang].footer(parts), form);
}
