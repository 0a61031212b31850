import type { InLang, Lang } from "../../kernel/index.js";
import { addressedWords, type FormOfAddress } from "../../vocabulary/index.js";
import type { ParentalConsentAge } from "../../member-states/index.js";

/** The privacy center's words for subscribing to, confirming and leaving marketing mail. */
export interface SubscriptionWords {
  title: string;
  intro: string;
  purpose: string;
  email: string;
  emailHint: string;
  minor(age: ParentalConsentAge): string;
  minorHint(age: ParentalConsentAge): string;
  parentEmail: string;
  parentEmailHint(age: ParentalConsentAge): string;
  submit: string;
  sentTitle: string;
  sentText: string;
  confirmTitle: string;
  confirmText: string;
  confirmButton: string;
  confirmedTitle: string;
  confirmedText: string;
  awaitingParentText: string;
  parentTitle: string;
  parentText: string;
  parentButton: string;
  endedText: string;
  unsubscribeTitle: string;
  unsubscribeText: string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribedText: string;
  errors: { email: string; parentEmail: string; purpose: string };
}

export const SUBSCRIPTION_WORDS = {
  nl: {
    title: "Aanmelden",
    intro:
      "{Meld u|Meld je} aan met {uw|je} e-mailadres. {U krijgt|Je krijgt} eerst een e-mail met een link: pas als {u|je} die volgt, sturen wij {u|je} iets. Afmelden kan altijd, met de link onder elk bericht.",
    purpose: "Waarvoor {meldt u zich|meld je je} aan?",
    email: "E-mailadres",
    emailHint: "Wij gebruiken het alleen hiervoor.",
    minor: ({ age }) => `Ik ben jonger dan ${age} jaar`,
    minorHint: ({ article }) =>
      `Dan is de toestemming van een ouder of verzorger nodig${article ? ` (${article.nl})` : ""}.`,
    parentEmail: "E-mailadres van {uw|je} ouder of verzorger",
    parentEmailHint: ({ age }) =>
      `Alleen invullen als {u|je} jonger bent dan ${age}. Wij vragen {uw|je} ouder om toestemming.`,
    submit: "Aanmelden",
    sentTitle: "Kijk in {uw|je} mailbox",
    sentText:
      "Als het adres klopt, staat er een e-mail met een link klaar. Volg de link om {uw|je} aanmelding te bevestigen; zonder bevestiging sturen wij {u|je} niets.",
    confirmTitle: "Aanmelding bevestigen",
    confirmText: "Bevestig dat {u|je} deze berichten wilt ontvangen.",
    confirmButton: "Ja, ik meld mij aan",
    confirmedTitle: "Aangemeld",
    confirmedText: "{Uw|Je} aanmelding is bevestigd. Afmelden kan altijd, met de link onder elk bericht.",
    awaitingParentText:
      "{Dank u|Dank je}. Wij sturen {u|je} pas iets als ook {uw|je} ouder of verzorger toestemming heeft gegeven via de e-mail die wij hem of haar stuurden.",
    parentTitle: "Toestemming voor {uw|je} kind",
    parentText: "{Uw|Je} kind wil zich aanmelden. {Geeft u|Geef je} daar toestemming voor?",
    parentButton: "Ja, ik geef toestemming",
    endedText:
      "Deze aanmelding is al beëindigd. {Wilt u zich|Wil je je} opnieuw aanmelden, dan kan dat via het aanmeldformulier.",
    unsubscribeTitle: "Afmelden",
    unsubscribeText: "{Wilt u|Wil je} deze berichten niet meer ontvangen?",
    unsubscribeButton: "Afmelden",
    unsubscribedTitle: "Afgemeld",
    unsubscribedText: "{U bent|Je bent} afgemeld. Wij sturen dit adres hiervoor geen berichten meer.",
    errors: {
      email: "Vul een e-mailadres in, zoals naam@voorbeeld.nl.",
      parentEmail: "Vul het e-mailadres van {uw|je} ouder of verzorger in.",
      purpose: "Kies waarvoor {u zich aanmeldt|je je aanmeldt}.",
    },
  },
  en: {
    title: "Subscribe",
    intro:
      "Subscribe with your e-mail address. You first get an e-mail with a link: we send you nothing until you follow it. You can unsubscribe at any time with the link below every message.",
    purpose: "What do you subscribe to?",
    email: "E-mail address",
    emailHint: "We use it for this only.",
    minor: ({ age }) => `I am younger than ${age}`,
    minorHint: ({ article }) => `Then a parent's or guardian's consent is needed${article ? ` (${article.en})` : ""}.`,
    parentEmail: "Your parent's or guardian's e-mail address",
    parentEmailHint: ({ age }) => `Only if you are younger than ${age}. We ask your parent for consent.`,
    submit: "Subscribe",
    sentTitle: "Check your inbox",
    sentText:
      "If the address is right, an e-mail with a link is waiting there. Follow the link to confirm; without a confirmation we send you nothing.",
    confirmTitle: "Confirm your subscription",
    confirmText: "Confirm that you want to receive these messages.",
    confirmButton: "Yes, subscribe me",
    confirmedTitle: "Subscribed",
    confirmedText: "Your subscription is confirmed. You can unsubscribe at any time with the link below every message.",
    awaitingParentText:
      "Thank you. We send you nothing until your parent or guardian has consented too, through the e-mail we sent them.",
    parentTitle: "Consent for your child",
    parentText: "Your child would like to subscribe. Do you consent?",
    parentButton: "Yes, I consent",
    endedText: "This subscription has already ended. To subscribe again, please use the subscription form.",
    unsubscribeTitle: "Unsubscribe",
    unsubscribeText: "Do you no longer want to receive these messages?",
    unsubscribeButton: "Unsubscribe",
    unsubscribedTitle: "Unsubscribed",
    unsubscribedText: "You are unsubscribed. We send this address no more messages for this.",
    errors: {
      email: "Enter an e-mail address, such as name@example.com.",
      parentEmail: "Enter your parent's or guardian's e-mail address.",
      purpose: "Choose what you subscribe to.",
    },
  },
} satisfies InLang<SubscriptionWords>;

/** The subscription pages' words in a language, the Dutch in the register's form of address. */
export function subscriptionWords(lang: Lang, form: FormOfAddress): SubscriptionWords {
  return addressedWords<SubscriptionWords>(SUBSCRIPTION_WORDS[lang], form);
}
