import type { Lang } from "../../kernel/index.js";
import { addressedWords, type FormOfAddress } from "../../vocabulary/index.js";
import { type ArchiveWords, archiveWords } from "./archive-words.js";
import { type ReviewWords, reviewWords } from "./review-words.js";
import { STATUS_WORDS, type StatusWords } from "./status-words.js";

/**
 * The privacy center's own words, Dutch and English. Names of rights and their explanations come
 * from src/vocabulary (the statement's words) and request nouns from the mail's vocabulary, so the
 * center, the statement and the messages a person receives call each thing the same.
 */
export interface CenterWords extends StatusWords {
  /** Asking for human review of an automated decision. */
  review: ReviewWords;
  /** The archive of earlier statement versions. */
  archive: ArchiveWords;
  homeTitle: (organization: string) => string;
  homeIntro: string;
  homeStatement: string;
  homeStatementLink: string;
  homeRequest: string;
  homeRequestLink: string;
  homeVerification: string;
  homeNoIdCopy: string;
  homeResponseTime: (period: string) => string;
  homeSelfService: string;
  navHome: string;
  navStatement: string;
  navRequest: string;
  allVersions: string;
  chooseTitle: string;
  chooseQuestion: string;
  next: string;
  formTitle: (noun: string) => string;
  formIntro: string;
  aboutYou: string;
  emailLabel: string;
  emailHint: string;
  identityLabel: (type: string) => string;
  identityHint: string;
  detailsHeading: string;
  noteLabel: string;
  noteHint: string;
  reasonsLabel: string;
  corrections: string;
  correctionField: (n: number) => string;
  correctionValue: (n: number) => string;
  correctionHint: string;
  chooseField: string;
  objectionActivities: string;
  objectionHint: string;
  withdrawalPurposes: string;
  withdrawalHint: string;
  consentId: string;
  consentIdHint: string;
  directMarketing: string;
  directMarketingHint: string;
  langLabel: string;
  langHint: string;
  submit: string;
  errors: {
    email: string;
    tooManyRequests: string;
    identity: string;
    correction: string;
    correctionMissing: string;
    choice: string;
    consentId: string;
    note: string;
    lang: string;
  };
  verifyTitle: string;
  verifySent: string;
  verifyNoSession: string;
  codeLabel: string;
  codeHint: string;
  verifySubmit: string;
  codeWrong: (attemptsLeft: number) => string;
  codeExpired: string;
  codeLocked: string;
  codeMissing: string;
  newCode: string;
  newCodeSent: string;
  newCodeTooSoon: (seconds: number) => string;
  newCodeTooMany: string;
  statusTitle: (noun: string) => string;
  statusVerifyIntro: string;
  status: string;
  received: string;
  due: string;
  daysLeft: (days: number) => string;
  paused: string;
  history: string;
  keptHeading: string;
  keptIntro: string;
  keptLine: (what: string, rows: number, ground: string, law?: string, until?: string) => string;
  cancelText: string;
  cancelButton: string;
  downloadHeading: string;
  downloadText: (downloads: number, until: string) => string;
  downloadButton: string;
  downloadGone: string;
  keepLink: string;
}

const nl: CenterWords = {
  review: reviewWords("nl"),
  archive: archiveWords("nl"),
  homeTitle: (organization) => `Privacy bij ${organization}`,
  homeIntro:
    "Hier {leest u|lees je} hoe wij met {uw|je} persoonsgegevens omgaan, en {gebruikt u uw|gebruik je je} rechten.",
  homeStatement:
    "In onze privacyverklaring staat welke gegevens wij verwerken, waarom, hoe lang en met wie wij ze delen.",
  homeStatementLink: "Lees de privacyverklaring",
  homeRequest: "{U kunt|Je kunt} ons vragen om:",
  homeRequestLink: "Dien een verzoek in",
  homeVerification:
    "Om zeker te weten dat het verzoek van {u|jou} komt, sturen wij een code naar {uw|je} e-mailadres. Die {vult u|vul je} daarna op deze site in.",
  homeNoIdCopy: "Wij vragen nooit om een kopie van {uw|je} identiteitsbewijs.",
  homeResponseTime: (period) => `Wij beantwoorden {uw|je} verzoek binnen ${period}.`,
  homeSelfService: "Zelf regelen",
  navHome: "Start",
  navStatement: "Privacyverklaring",
  navRequest: "Verzoek indienen",
  allVersions: "Alle versies van de privacyverklaring",
  chooseTitle: "Een verzoek indienen",
  chooseQuestion: "Wat {wilt u|wil je} vragen?",
  next: "Verder",
  formTitle: (noun) => `Verzoek: ${noun.toLowerCase()}`,
  formIntro:
    "Vul {uw|je} e-mailadres in; daar sturen wij een code naar om te controleren dat het verzoek van {u|jou} komt. Andere gegevens helpen ons alles te vinden wat wij over {u|jou} hebben.",
  aboutYou: "Over {u|jou}",
  emailLabel: "E-mailadres",
  emailHint: "Wij sturen een code naar dit adres.",
  identityLabel: (type) => (type === "phone" ? "Telefoonnummer" : `{Uw|Je} ${type.replaceAll("_", " ")}`),
  identityHint: "Niet verplicht. Helpt ons gegevens te vinden die niet aan {uw|je} e-mailadres hangen.",
  detailsHeading: "{Uw|Je} verzoek",
  noteLabel: "Toelichting",
  noteHint: "Niet verplicht.",
  reasonsLabel: "{Uw|Je} redenen",
  corrections: "Wat moet er anders?",
  correctionField: (n) => `Gegeven ${n}`,
  correctionValue: (n) => `Juiste waarde ${n}`,
  correctionHint: "Kies welk gegeven niet klopt en vul in wat het moet zijn. Het eerste is verplicht.",
  chooseField: "Kies een gegeven",
  objectionActivities: "Waartegen {maakt u|maak je} bezwaar?",
  objectionHint:
    "{Kiest u|Kies je} niets, dan geldt {uw|je} bezwaar voor alles wat wij op grond van ons eigen belang doen.",
  withdrawalPurposes: "Voor welk doel {trekt u uw|trek je je} toestemming in?",
  withdrawalHint: "{Kiest u|Kies je} niets, dan trekken wij al {uw|je} toestemmingen in.",
  consentId: "Toestemmings-id uit de cookie-instellingen",
  consentIdHint:
    "Niet verplicht. Het staat in de cookie-instellingen van onze website; {vult u|vul je} het in, dan nemen wij ook {uw|je} keuzes in de cookiemelding mee.",
  directMarketing: "Ik maak bezwaar tegen direct marketing",
  directMarketingHint:
    "Zoals nieuwsbrieven en advertenties. Dit bezwaar gaat altijd voor: wij stoppen met alle direct marketing aan {u|jou}.",
  langLabel: "Taal van onze berichten",
  langHint: "In deze taal sturen wij {u|je} e-mail over dit verzoek.",
  submit: "Verzoek versturen",
  errors: {
    email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl",
    tooManyRequests:
      "Voor dit adres of vanaf deze verbinding zijn in korte tijd al meerdere verzoeken gedaan. Probeer het over een uur opnieuw, of neem contact met ons op.",
    identity: "Deze waarde kunnen wij niet gebruiken. Controleer wat {u|je} invulde, of laat het veld leeg.",
    correction: "Deze waarde past niet bij het gekozen gegeven.",
    correctionMissing: "Kies een gegeven en vul de juiste waarde in.",
    choice: "Deze keuze kennen wij niet.",
    consentId: "Vul het toestemmings-id in zoals het in de cookie-instellingen staat.",
    note: "De toelichting is te lang (ten hoogste 4000 tekens).",
    lang: "Kies Nederlands of Engels.",
  },
  verifyTitle: "Controleer {uw|je} e-mail",
  verifySent:
    "Wij hebben {uw|je} verzoek ontvangen en een e-mail gestuurd naar het adres dat {u|je} opgaf. Daarin staat een code van zes cijfers en een link naar de pagina waar {u uw|je je} verzoek volgt. Vul de code hieronder in; hij werkt 15 minuten.",
  verifyNoSession:
    "Open de link in de e-mail die wij {u|je} stuurden om {uw|je} verzoek te bevestigen en te volgen. {Hebt u|Heb je} geen e-mail gekregen, kijk dan ook in {uw|je} map met ongewenste e-mail.",
  codeLabel: "Code uit de e-mail",
  codeHint: "Zes cijfers.",
  verifySubmit: "Bevestigen",
  codeWrong: (n) =>
    n === 1
      ? "Deze code klopt niet. {U kunt|Je kunt} het nog 1 keer proberen."
      : `Deze code klopt niet. {U kunt|Je kunt} het nog ${n} keer proberen.`,
  codeExpired: "Deze code is verlopen. Vraag hieronder een nieuwe code aan.",
  codeLocked:
    "Er is te vaak een verkeerde code ingevuld. Om {uw|je} gegevens te beschermen kan dit verzoek niet meer bevestigd worden. Dien zo nodig een nieuw verzoek in.",
  codeMissing: "Vul de code van zes cijfers uit de e-mail in.",
  newCode: "Stuur een nieuwe code",
  newCodeSent: "Wij hebben een nieuwe code gestuurd naar het adres dat {u|je} opgaf.",
  newCodeTooSoon: (seconds) =>
    `Wij hebben net een code gestuurd. {U kunt|Je kunt} over ${seconds} ${seconds === 1 ? "seconde" : "seconden"} om een nieuwe vragen.`,
  newCodeTooMany:
    "Voor dit verzoek zijn al vijf codes verstuurd. Kijk ook in {uw|je} map met ongewenste e-mail, of dien een nieuw verzoek in.",
  statusTitle: (noun) => `{Uw|Je} verzoek: ${noun.toLowerCase()}`,
  statusVerifyIntro: "Bevestig eerst dat het verzoek van {u|jou} komt met de code uit de e-mail.",
  status: "Stand van zaken",
  received: "Ontvangen op",
  due: "Uiterlijk antwoord op",
  daysLeft: (days) =>
    days > 1 ? `nog ${days} dagen` : days === 1 ? "nog 1 dag" : days === 0 ? "vandaag" : "de termijn is verstreken",
  paused: "De termijn staat stil: wij wachten op een bewijs van {uw|je} identiteit waar wij om vroegen.",
  history: "Verloop",
  keptHeading: "Gegevens die wij moeten bewaren",
  keptIntro:
    "Deze gegevens eist de wet dat wij nog bewaren. Wij gebruiken ze nergens anders meer voor en verwijderen ze zodra de termijn voorbij is (artikel 17, lid 3 AVG).",
  keptLine: (what, rows, ground, law, until) =>
    `${what}: ${rows} ${rows === 1 ? "record" : "records"}, ${ground}${law ? ` (${law})` : ""}${until ? `, tot ${until}` : ""}`,
  cancelText:
    "{Wilt u|Wil je} dit verzoek toch niet? Dan {kunt u|kun je} het intrekken zolang wij er nog niet aan begonnen zijn.",
  cancelButton: "Verzoek intrekken",
  downloadHeading: "{Uw|Je} gegevens downloaden",
  downloadText: (downloads, until) => `De download werkt nog ${downloads} keer en tot ${until}.`,
  downloadButton: "Download {uw|je} gegevens",
  downloadGone: "De download is niet meer beschikbaar. Neem contact met ons op als {u|je} een nieuwe nodig hebt.",
  keepLink: "Bewaar de link naar deze pagina goed en deel hem met niemand: wie hem heeft, kan {uw|je} verzoek volgen.",
  ...STATUS_WORDS.nl,
};

const en: CenterWords = {
  review: reviewWords("en"),
  archive: archiveWords("en"),
  homeTitle: (organization) => `Privacy at ${organization}`,
  homeIntro: "Here you can read how we handle your personal data, and use your rights.",
  homeStatement: "Our privacy statement says which data we process, why, for how long and who we share it with.",
  homeStatementLink: "Read the privacy statement",
  homeRequest: "You can ask us to:",
  homeRequestLink: "Make a request",
  homeVerification:
    "To make sure the request comes from you, we send a code to your e-mail address, which you then enter on this site.",
  homeNoIdCopy: "We never ask for a copy of your identity document.",
  homeResponseTime: (period) => `We answer your request within ${period}.`,
  homeSelfService: "Do it yourself",
  navHome: "Home",
  navStatement: "Privacy statement",
  navRequest: "Make a request",
  allVersions: "All versions of the privacy statement",
  chooseTitle: "Make a request",
  chooseQuestion: "What would you like to ask?",
  next: "Continue",
  formTitle: (noun) => `Request: ${noun.toLowerCase()}`,
  formIntro:
    "Enter your e-mail address; we send a code there to check that the request comes from you. Other details help us find everything we hold about you.",
  aboutYou: "About you",
  emailLabel: "E-mail address",
  emailHint: "We send a code to this address.",
  identityLabel: (type) => (type === "phone" ? "Phone number" : `Your ${type.replaceAll("_", " ")}`),
  identityHint: "Optional. Helps us find data that is not tied to your e-mail address.",
  detailsHeading: "Your request",
  noteLabel: "Explanation",
  noteHint: "Optional.",
  reasonsLabel: "Your reasons",
  corrections: "What should change?",
  correctionField: (n) => `Item ${n}`,
  correctionValue: (n) => `Correct value ${n}`,
  correctionHint: "Choose which item is wrong and enter what it should be. The first one is required.",
  chooseField: "Choose an item",
  objectionActivities: "What do you object to?",
  objectionHint: "If you choose nothing, your objection covers everything we do on the basis of our own interest.",
  withdrawalPurposes: "For which purpose do you withdraw your consent?",
  withdrawalHint: "If you choose nothing, we withdraw all your consents.",
  consentId: "Consent id from the cookie settings",
  consentIdHint:
    "Optional. It is shown in the cookie settings of our website; if you fill it in, we include your choices in the cookie banner too.",
  directMarketing: "I object to direct marketing",
  directMarketingHint:
    "Such as newsletters and adverts. This objection always applies: we stop all direct marketing to you.",
  langLabel: "Language of our messages",
  langHint: "We send you e-mail about this request in this language.",
  submit: "Send request",
  errors: {
    email: "Enter a valid e-mail address, such as name@example.com",
    tooManyRequests:
      "Several requests were made for this address or from this connection in a short time. Please try again in an hour, or contact us.",
    identity: "We cannot use this value. Check what you entered, or leave the field empty.",
    correction: "This value does not fit the item you chose.",
    correctionMissing: "Choose an item and enter the correct value.",
    choice: "We do not know this choice.",
    consentId: "Enter the consent id as the cookie settings show it.",
    note: "The explanation is too long (4000 characters at most).",
    lang: "Choose Dutch or English.",
  },
  verifyTitle: "Check your e-mail",
  verifySent:
    "We have received your request and sent an e-mail to the address you gave. It holds a six-digit code and a link to the page where you can follow your request. Enter the code below; it works for 15 minutes.",
  verifyNoSession:
    "Open the link in the e-mail we sent you to confirm and follow your request. If no e-mail arrived, please also look in your junk mail folder.",
  codeLabel: "Code from the e-mail",
  codeHint: "Six digits.",
  verifySubmit: "Confirm",
  codeWrong: (n) =>
    n === 1
      ? "This code is not right. You can try 1 more time."
      : `This code is not right. You can try ${n} more times.`,
  codeExpired: "This code has expired. Ask for a new code below.",
  codeLocked:
    "A wrong code was entered too often. To protect your data this request can no longer be confirmed. Please make a new request if you still need to.",
  codeMissing: "Enter the six-digit code from the e-mail.",
  newCode: "Send a new code",
  newCodeSent: "We have sent a new code to the address you gave.",
  newCodeTooSoon: (seconds) =>
    `We have just sent a code. You can ask for a new one in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
  newCodeTooMany: "Five codes have already been sent for this request. Check your spam folder, or file a new request.",
  statusTitle: (noun) => `Your request: ${noun.toLowerCase()}`,
  statusVerifyIntro: "First confirm that the request comes from you with the code from the e-mail.",
  status: "Status",
  received: "Received on",
  due: "Answer due by",
  daysLeft: (days) =>
    days > 1 ? `${days} days left` : days === 1 ? "1 day left" : days === 0 ? "today" : "the period has passed",
  paused: "The period is paused: we are waiting for the proof of identity we asked you for.",
  history: "History",
  keptHeading: "Data we must keep",
  keptIntro:
    "The law requires us to keep this data for now. We no longer use it for anything else and erase it once the period is over (Article 17(3) GDPR).",
  keptLine: (what, rows, ground, law, until) =>
    `${what}: ${rows} ${rows === 1 ? "record" : "records"}, ${ground}${law ? ` (${law})` : ""}${until ? `, until ${until}` : ""}`,
  cancelText: "Changed your mind? You can withdraw this request as long as we have not started on it.",
  cancelButton: "Withdraw the request",
  downloadHeading: "Download your data",
  downloadText: (downloads, until) =>
    `The download works ${downloads} more ${downloads === 1 ? "time" : "times"} and until ${until}.`,
  downloadButton: "Download your data",
  downloadGone: "The download is no longer available. Please contact us if you need a new one.",
  keepLink: "Keep the link to this page safe and share it with nobody: whoever has it can follow your request.",
  ...STATUS_WORDS.en,
};

const WORDS: Record<Lang, CenterWords> = { nl, en };
const RESOLVED = new Map<string, CenterWords>();

/**
 * The center's words in a language, the Dutch in the register's form of address (`statement.address`):
 * they are written once with both forms, "{kunt u|kun je}", and resolved here, so a page says "je"
 * wherever the statement does and never mixes the two.
 */
export function centerWords(lang: Lang, form: FormOfAddress): CenterWords {
  const key = `${lang}:${form}`;
  let words = RESOLVED.get(key);
  if (!words) RESOLVED.set(key, (words = addressedWords(WORDS[lang], form)));
  return words;
}
