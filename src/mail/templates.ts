import { type Lang, type RequestType, textIn } from "../kernel/index.js";
import { type FormOfAddress, formatDate, HOLD_GROUND, joinList, word } from "../vocabulary/index.js";
import { type ComposedMail, compose, type MailBlock } from "./compose.js";
import { acknowledgeBlock } from "./acknowledgement-mail.js";
import { referralIntro, referralLine, type TenantReferral } from "./referral-words.js";
import { requestNoun, requestPhrase } from "./request-words.js";

/**
 * Every message the request lifecycle sends, in Dutch and English. Each takes only what it shows; none
 * takes the person's identities except the Art. 19 notice, whose recipient needs them to act. Dates are
 * calendar days (YYYY-MM-DD) written out in words.
 */

/** Who sends: the controller, and where the person can write with questions. */
export interface MailSender {
  /** The controller's name in each language, as the register writes it. */
  name: Record<Lang, string>;
  contact?: string;
  /** The supervisory authority of the company's member state; unnamed in the mail when unknown. */
  authority?: { name: Record<Lang, string>; url?: string };
  /** How the Dutch addresses the person (the register's `statement.address`); formal "u" when left out. */
  address?: FormOfAddress;
}

/** The form a message to the person is written in. */
export function personForm(sender: MailSender): FormOfAddress {
  return sender.address ?? "u";
}

interface Common {
  lang: Lang;
  sender: MailSender;
  type: RequestType;
  statusUrl: string;
}

export function greeting(lang: Lang): string {
  return textIn(lang, { nl: "Beste lezer,", en: "Hello," });
}

export function signOff({ lang, sender }: { lang: Lang; sender: MailSender }): string {
  const contact = sender.contact
    ? textIn(lang, {
        nl: `Vragen? Schrijf ons op ${sender.contact}.`,
        en: `Questions? Write to us at ${sender.contact}.`,
      })
    : "";
  return `${contact ? `${contact}\n\n` : ""}${textIn(lang, { nl: "Met vriendelijke groet,", en: "Kind regards," })}\n${sender.name[lang]}`;
}

export function statusLink(lang: Lang, url: string): MailBlock {
  return {
    link: url,
    label: textIn(lang, {
      nl: "{Uw|Je} persoonlijke statuspagina (deel deze link met niemand)",
      en: "Your personal status page (do not share this link)",
    }),
  };
}

export function verificationCodeMail(p: Common & { code: string; minutes: number }): ComposedMail {
  const { lang } = p;
  return compose(
    lang,
    textIn(lang, { nl: `{Uw|Je} verificatiecode: ${p.code}`, en: `Your verification code: ${p.code}` }),
    [
      greeting(lang),
      textIn(lang, {
        nl: `Bij ${p.sender.name[lang]} is ${requestPhrase(p.type, lang)} ingediend met dit e-mailadres. Vul deze code in om te bevestigen dat het adres van {u|jou} is:`,
        en: `${capitalizeFirst(requestPhrase(p.type, lang))} was filed with ${p.sender.name[lang]} using this e-mail address. Enter this code to confirm that the address is yours:`,
      }),
      { code: p.code },
      textIn(lang, {
        nl: `De code is ${p.minutes} minuten geldig. {U kunt|Je kunt} hem invullen op {uw|je} statuspagina:`,
        en: `The code is valid for ${p.minutes} minutes. You can enter it on your status page:`,
      }),
      statusLink(lang, p.statusUrl),
      textIn(lang, {
        nl: "{Heeft u|Heb je} geen verzoek ingediend? Dan {kunt u|kun je} deze e-mail negeren: zonder de code gebeurt er niets.",
        en: "Did you not file a request? Then you can ignore this e-mail: nothing happens without the code.",
      }),
      signOff(p),
    ],
    personForm(p.sender),
  );
}

export function requestReceivedMail(p: Common & { receivedOn: string; dueOn: string }): ComposedMail {
  const { lang } = p;
  return compose(
    lang,
    textIn(lang, {
      nl: `Ontvangen: ${requestNoun(p.type, lang).toLowerCase()}`,
      en: `Received: ${requestNoun(p.type, lang).toLowerCase()}`,
    }),
    [
      greeting(lang),
      textIn(lang, {
        nl: `Wij hebben ${requestPhrase(p.type, lang)} op ${formatDate(p.receivedOn, lang)} ontvangen en {uw|je} e-mailadres is bevestigd.`,
        en: `We received ${requestPhrase(p.type, lang)} on ${formatDate(p.receivedOn, lang)} and your e-mail address is confirmed.`,
      }),
      textIn(lang, {
        nl: `Wij antwoorden zo snel mogelijk en uiterlijk op ${formatDate(p.dueOn, lang)} (artikel 12, lid 3 AVG).`,
        en: `We will answer as soon as we can and by ${formatDate(p.dueOn, lang)} at the latest (Article 12(3) GDPR).`,
      }),
      textIn(lang, {
        nl: "Op {uw|je} statuspagina {ziet u|zie je} hoe het ermee staat:",
        en: "Your status page shows how it is going:",
      }),
      statusLink(lang, p.statusUrl),
      signOff(p),
    ],
    personForm(p.sender),
  );
}

export function extensionMail(p: Common & { months: number; reason: string; dueOn: string }): ComposedMail {
  const { lang } = p;
  const months = textIn(lang, {
    nl: p.months === 1 ? "1 maand" : `${p.months} maanden`,
    en: p.months === 1 ? "1 month" : `${p.months} months`,
  });
  return compose(
    lang,
    textIn(lang, { nl: "Wij hebben meer tijd nodig voor {uw|je} verzoek", en: "We need more time for your request" }),
    [
      greeting(lang),
      textIn(lang, {
        nl: `Wij verlengen de termijn voor ${requestPhrase(p.type, lang)} met ${months}. De wet staat dat toe als een verzoek ingewikkeld is of als wij veel verzoeken hebben (artikel 12, lid 3 AVG). De reden:`,
        en: `We are extending the period for ${requestPhrase(p.type, lang)} by ${months}. The law allows this when a request is complex or when we have many requests (Article 12(3) GDPR). The reason:`,
      }),
      { quote: p.reason },
      textIn(lang, {
        nl: `{U krijgt|Je krijgt} uiterlijk op ${formatDate(p.dueOn, lang)} antwoord.`,
        en: `You will have our answer by ${formatDate(p.dueOn, lang)} at the latest.`,
      }),
      complaintRoute(lang, false, p.sender),
      statusLink(lang, p.statusUrl),
      signOff(p),
    ],
    personForm(p.sender),
  );
}

/** Art. 12(4), 77 and 79 GDPR: the supervisory authority and the courts. */
export function complaintRoute(lang: Lang, refused: boolean, sender: MailSender): string {
  const found = sender.authority;
  const authority = found
    ? `${textIn(lang, { nl: "de ", en: "the " })}${found.name[lang]}${found.url ? ` (${found.url})` : ""}`
    : textIn(lang, { nl: "de toezichthouder op privacy", en: "the data protection authority" });
  return refused
    ? textIn(lang, {
        nl: `{Bent u|Ben je} het hier niet mee eens? Dan {kunt u|kun je} een klacht indienen bij ${authority}. {U kunt|Je kunt} ook naar de rechter stappen.`,
        en: `If you disagree, you can lodge a complaint with ${authority}. You can also go to court.`,
      })
    : textIn(lang, {
        nl: `{Bent u|Ben je} het niet eens met de verlenging? Dan {kunt u|kun je} een klacht indienen bij ${authority}.`,
        en: `If you disagree with the extension, you can lodge a complaint with ${authority}.`,
      });
}

export function denialMail(p: Common & { reason: string }): ComposedMail {
  const { lang } = p;
  return compose(
    lang,
    textIn(lang, { nl: "Wij kunnen {uw|je} verzoek niet uitvoeren", en: "We cannot carry out your request" }),
    [
      greeting(lang),
      textIn(lang, {
        nl: `Wij voeren ${requestPhrase(p.type, lang)} niet uit. De reden:`,
        en: `We will not carry out ${requestPhrase(p.type, lang)}. The reason:`,
      }),
      { quote: p.reason },
      complaintRoute(lang, true, p.sender),
      statusLink(lang, p.statusUrl),
      signOff(p),
    ],
    personForm(p.sender),
  );
}

/** Data kept after an erasure, per collection and legal ground (Art. 17(3)). */
export interface KeptData {
  what: string;
  rows: number;
  ground: string;
  law?: string;
  until?: string;
}

export interface Download {
  url: string;
  expiresOn: string;
  downloads: number;
}

const DONE: Record<RequestType, [nl: string, en: string]> = {
  access: ["{Uw|Je} gegevens staan voor {u|je} klaar.", "Your data is ready for you."],
  portability: [
    "{Uw|Je} gegevens staan voor {u|je} klaar in een gangbaar, machineleesbaar formaat (JSON en CSV).",
    "Your data is ready for you in a common, machine-readable format (JSON and CSV).",
  ],
  rectification: ["Wij hebben {uw|je} gegevens gecorrigeerd.", "We have corrected your data."],
  erasure: ["Wij hebben {uw|je} gegevens verwijderd.", "We have erased your data."],
  restriction: [
    "Wij hebben de verwerking van {uw|je} gegevens beperkt: wij bewaren ze alleen nog en gebruiken ze niet. Wij laten het {u|je} weten voordat de beperking wordt opgeheven.",
    "We have restricted the processing of your data: we only store it and no longer use it. We will tell you before the restriction is lifted.",
  ],
  objection: [
    "Wij hebben {uw|je} bezwaar vastgelegd en stoppen met de verwerking waartegen {u|je} bezwaar maakt, tenzij wij dwingende gerechtvaardigde gronden hebben; die zouden wij {u|je} dan uitleggen.",
    "We have recorded your objection and stop the processing you object to, unless we have compelling legitimate grounds, which we would then explain to you.",
  ],
  withdrawal: [
    "Wij hebben de intrekking van {uw|je} toestemming vastgelegd. Vanaf nu verwerken wij {uw|je} gegevens niet meer op basis van die toestemming.",
    "We have recorded the withdrawal of your consent. From now on we no longer process your data on the basis of that consent.",
  ],
  // The outcome itself is reviewOutcomeMail's: this line stands only where that mail cannot be composed.
  automated_decision_review: [
    "Een medewerker heeft het automatische besluit opnieuw bekeken.",
    "A member of staff has looked at the automated decision again.",
  ],
};

export function completionMail(
  p: Common & {
    download?: Download;
    kept?: readonly KeptData[];
    recipients?: readonly string[];
    /** Systems that still failed after their retries, by name: the request is only partly done. */
    unreached?: readonly string[];
    /** The customers whose data about the person the company left to them, as their processor. */
    referrals?: readonly TenantReferral[];
  },
): ComposedMail {
  const { lang } = p;
  const [nl, en] = DONE[p.type];
  const blocks: MailBlock[] = [greeting(lang), textIn(lang, { nl, en })];
  if (p.download) {
    blocks.push(
      { link: p.download.url, label: textIn(lang, { nl: "Downloaden", en: "Download" }) },
      textIn(lang, {
        nl: `De link werkt ${p.download.downloads} keer en tot ${formatDate(p.download.expiresOn, lang)}. Het bestand is een ZIP-archief met {uw|je} gegevens als JSON en CSV en een leesbaar overzicht (HTML en PDF) van wat wij met {uw|je} gegevens doen.`,
        en: `The link works ${p.download.downloads} times and until ${formatDate(p.download.expiresOn, lang)}. The file is a ZIP archive with your data as JSON and CSV and a readable overview (HTML and PDF) of what we do with your data.`,
      }),
    );
  }
  if (p.kept && p.kept.length > 0) {
    blocks.push(
      textIn(lang, {
        nl: "Sommige gegevens moeten wij bewaren omdat de wet dat eist. Die gebruiken wij nergens anders meer voor en wij verwijderen ze zodra de bewaartermijn voorbij is (artikel 17, lid 3 AVG):",
        en: "Some data we must keep because the law requires it. We no longer use it for anything else and erase it once the retention period is over (Article 17(3) GDPR):",
      }),
      { list: p.kept.map((k) => keptLine(k, lang)) },
    );
  }
  if (p.unreached && p.unreached.length > 0) {
    blocks.push(
      textIn(lang, {
        nl: `Een deel van {uw|je} verzoek konden wij nog niet uitvoeren: wij konden ${joinList(p.unreached, lang)} niet bereiken. Op de pagina van {uw|je} verzoek {ziet u|zie je} hoe het ervoor staat.`,
        en: `We could not yet carry out part of your request: we could not reach ${joinList(p.unreached, lang)}. The page of your request shows where it stands.`,
      }),
    );
  }
  if (p.referrals && p.referrals.length > 0)
    blocks.push(referralIntro(lang, personForm(p.sender)), {
      list: p.referrals.map((r) => referralLine(lang, p.sender.name[lang], r)),
    });
  if (p.recipients && p.recipients.length > 0) {
    blocks.push(
      textIn(lang, {
        nl: `Wij hebben ook de ontvangers van {uw|je} gegevens op de hoogte gebracht (artikel 19 AVG): ${joinList(p.recipients, lang)}.`,
        en: `We have also told the recipients of your data (Article 19 GDPR): ${joinList(p.recipients, lang)}.`,
      }),
    );
  }
  blocks.push(statusLink(lang, p.statusUrl), signOff(p));
  return compose(
    lang,
    textIn(lang, {
      nl: `Afgerond: ${requestNoun(p.type, lang).toLowerCase()}`,
      en: `Completed: ${requestNoun(p.type, lang).toLowerCase()}`,
    }),
    blocks,
    personForm(p.sender),
  );
}

function keptLine(k: KeptData, lang: Lang): string {
  const ground = word(HOLD_GROUND, k.ground, lang);
  const law = k.law ? ` (${k.law})` : "";
  const until = k.until
    ? textIn(lang, { nl: `, tot ${formatDate(k.until, lang)}`, en: `, until ${formatDate(k.until, lang)}` })
    : "";
  return `${k.what}: ${k.rows} ${textIn(lang, { nl: k.rows === 1 ? "record" : "records", en: k.rows === 1 ? "record" : "records" })}, ${ground}${law}${until}`;
}

export type NotifiedChange = "erasure" | "rectification" | "restriction";

/**
 * Art. 19 GDPR: a controller tells each recipient of the data about a rectification, erasure or
 * restriction, so they can do the same. The recipient needs to know whose data: this is the one
 * message that carries the person's identities.
 */
export function recipientNotificationMail(p: {
  lang: Lang;
  sender: MailSender;
  recipient: string;
  type: NotifiedChange;
  reference: string;
  completedOn: string;
  identities: readonly { type: string; value: string }[];
  corrections?: readonly { field: string; value: string }[];
  /** The link that acknowledges this notice; without it the mail asks for nothing back. */
  acknowledgeUrl?: string;
}): ComposedMail {
  const { lang } = p;
  const what: Record<NotifiedChange, [string, string]> = {
    erasure: ["heeft de gegevens van deze persoon verwijderd", "has erased the data of this person"],
    rectification: ["heeft de gegevens van deze persoon gecorrigeerd", "has corrected the data of this person"],
    restriction: [
      "heeft de verwerking van de gegevens van deze persoon beperkt",
      "has restricted the processing of this person's data",
    ],
  };
  const action: Record<NotifiedChange, [string, string]> = {
    erasure: [
      "Verwijder de gegevens die u van ons over deze persoon heeft ontvangen.",
      "Please erase the data about this person you received from us.",
    ],
    rectification: [
      "Corrigeer de gegevens die u van ons over deze persoon heeft ontvangen.",
      "Please correct the data about this person you received from us.",
    ],
    restriction: [
      "Beperk de verwerking van de gegevens die u van ons over deze persoon heeft ontvangen.",
      "Please restrict the processing of the data about this person you received from us.",
    ],
  };
  const blocks: MailBlock[] = [
    textIn(lang, { nl: `Aan ${p.recipient},`, en: `To ${p.recipient},` }),
    textIn(lang, {
      nl: `${p.sender.name[lang]} ${what[p.type][0]} op ${formatDate(p.completedOn, lang)}, op verzoek van de betrokkene (artikel 19 AVG). Kenmerk: ${p.reference}.`,
      en: `${p.sender.name[lang]} ${what[p.type][1]} on ${formatDate(p.completedOn, lang)}, at the request of the data subject (Article 19 GDPR). Reference: ${p.reference}.`,
    }),
    { list: p.identities.map((i) => `${i.type}: ${i.value}`) },
  ];
  if (p.corrections && p.corrections.length > 0)
    blocks.push(textIn(lang, { nl: "De correcties:", en: "The corrections:" }), {
      list: p.corrections.map((c) => `${c.field}: ${c.value}`),
    });
  blocks.push(
    textIn(lang, { nl: action[p.type][0], en: action[p.type][1] }),
    ...(p.acknowledgeUrl ? [acknowledgeBlock(lang, p.acknowledgeUrl)] : []),
    textIn(lang, {
      nl: "Dit bericht bevat persoonsgegevens: bewaar het niet langer dan nodig.",
      en: "This message holds personal data: do not keep it longer than needed.",
    }),
    signOff(p),
  );
  return compose(
    lang,
    textIn(lang, {
      nl: `Artikel 19 AVG: ${requestNoun(p.type, lang).toLowerCase()} (${p.reference})`,
      en: `Article 19 GDPR: ${requestNoun(p.type, lang).toLowerCase()} (${p.reference})`,
    }),
    blocks,
  );
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
