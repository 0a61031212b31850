import type { Lang, Status } from "../../kernel/index.js";
import type { FormOfAddress } from "../../vocabulary/index.js";
import { type ArchiveWords, archiveWords } from "./archive-words.js";
import { type ReviewWords, reviewWords } from "./review-words.js";

/**
 * The center's own words below say "u"; the statement's words it borrows are put in the same form, so
 * a page never mixes "u" and "je" whatever `statement.address` the register sets.
 */
export const CENTER_FORM: FormOfAddress = "u";

/**
 * The privacy center's own words, Dutch and English. Names of rights and their explanations come
 * from src/vocabulary (the statement's words) and request nouns from the mail's vocabulary, so the
 * center, the statement and the messages a person receives call each thing the same.
 */
export interface CenterWords {
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
  statuses: Record<Status, string>;
  /** The events the status page shows (PUBLIC_EVENTS of the status operation), by kind. */
  events: Record<string, string>;
}

const nl: CenterWords = {
  review: reviewWords("nl"),
  archive: archiveWords("nl"),
  homeTitle: (organization) => `Privacy bij ${organization}`,
  homeIntro: "Hier leest u hoe wij met uw persoonsgegevens omgaan, en gebruikt u uw rechten.",
  homeStatement:
    "In onze privacyverklaring staat welke gegevens wij verwerken, waarom, hoe lang en met wie wij ze delen.",
  homeStatementLink: "Lees de privacyverklaring",
  homeRequest: "U kunt ons vragen om:",
  homeRequestLink: "Dien een verzoek in",
  homeVerification:
    "Om zeker te weten dat het verzoek van u komt, sturen wij een code naar uw e-mailadres. Die vult u daarna op deze site in.",
  homeNoIdCopy: "Wij vragen nooit om een kopie van uw identiteitsbewijs.",
  homeResponseTime: (period) => `Wij beantwoorden uw verzoek binnen ${period}.`,
  homeSelfService: "Zelf regelen",
  navHome: "Start",
  navStatement: "Privacyverklaring",
  navRequest: "Verzoek indienen",
  allVersions: "Alle versies van de privacyverklaring",
  chooseTitle: "Een verzoek indienen",
  chooseQuestion: "Wat wilt u vragen?",
  next: "Verder",
  formTitle: (noun) => `Verzoek: ${noun.toLowerCase()}`,
  formIntro:
    "Vul uw e-mailadres in; daar sturen wij een code naar om te controleren dat het verzoek van u komt. Andere gegevens helpen ons alles te vinden wat wij over u hebben.",
  aboutYou: "Over u",
  emailLabel: "E-mailadres",
  emailHint: "Wij sturen een code naar dit adres.",
  identityLabel: (type) => (type === "phone" ? "Telefoonnummer" : `Uw ${type.replaceAll("_", " ")}`),
  identityHint: "Niet verplicht. Helpt ons gegevens te vinden die niet aan uw e-mailadres hangen.",
  detailsHeading: "Uw verzoek",
  noteLabel: "Toelichting",
  noteHint: "Niet verplicht.",
  reasonsLabel: "Uw redenen",
  corrections: "Wat moet er anders?",
  correctionField: (n) => `Gegeven ${n}`,
  correctionValue: (n) => `Juiste waarde ${n}`,
  correctionHint: "Kies welk gegeven niet klopt en vul in wat het moet zijn. Het eerste is verplicht.",
  chooseField: "Kies een gegeven",
  objectionActivities: "Waartegen maakt u bezwaar?",
  objectionHint: "Kiest u niets, dan geldt uw bezwaar voor alles wat wij op grond van ons eigen belang doen.",
  withdrawalPurposes: "Voor welk doel trekt u uw toestemming in?",
  withdrawalHint: "Kiest u niets, dan trekken wij al uw toestemmingen in.",
  consentId: "Toestemmings-id uit de cookie-instellingen",
  consentIdHint:
    "Niet verplicht. Het staat in de cookie-instellingen van onze website; vult u het in, dan nemen wij ook uw keuzes in de cookiemelding mee.",
  directMarketing: "Ik maak bezwaar tegen direct marketing",
  directMarketingHint:
    "Zoals nieuwsbrieven en advertenties. Dit bezwaar gaat altijd voor: wij stoppen met alle direct marketing aan u.",
  langLabel: "Taal van onze berichten",
  langHint: "In deze taal sturen wij u e-mail over dit verzoek.",
  submit: "Verzoek versturen",
  errors: {
    email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl",
    tooManyRequests:
      "Voor dit adres of vanaf deze verbinding zijn in korte tijd al meerdere verzoeken gedaan. Probeer het over een uur opnieuw, of neem contact met ons op.",
    identity: "Deze waarde kunnen wij niet gebruiken. Controleer wat u invulde, of laat het veld leeg.",
    correction: "Deze waarde past niet bij het gekozen gegeven.",
    correctionMissing: "Kies een gegeven en vul de juiste waarde in.",
    choice: "Deze keuze kennen wij niet.",
    consentId: "Vul het toestemmings-id in zoals het in de cookie-instellingen staat.",
    note: "De toelichting is te lang (ten hoogste 4000 tekens).",
    lang: "Kies Nederlands of Engels.",
  },
  verifyTitle: "Controleer uw e-mail",
  verifySent:
    "Wij hebben uw verzoek ontvangen en een e-mail gestuurd naar het adres dat u opgaf. Daarin staat een code van zes cijfers en een link naar de pagina waar u uw verzoek volgt. Vul de code hieronder in; hij werkt 15 minuten.",
  verifyNoSession:
    "Open de link in de e-mail die wij u stuurden om uw verzoek te bevestigen en te volgen. Hebt u geen e-mail gekregen, kijk dan ook in uw map met ongewenste e-mail.",
  codeLabel: "Code uit de e-mail",
  codeHint: "Zes cijfers.",
  verifySubmit: "Bevestigen",
  codeWrong: (n) =>
    n === 1
      ? "Deze code klopt niet. U kunt het nog 1 keer proberen."
      : `Deze code klopt niet. U kunt het nog ${n} keer proberen.`,
  codeExpired: "Deze code is verlopen. Vraag hieronder een nieuwe code aan.",
  codeLocked:
    "Er is te vaak een verkeerde code ingevuld. Om uw gegevens te beschermen kan dit verzoek niet meer bevestigd worden. Dien zo nodig een nieuw verzoek in.",
  codeMissing: "Vul de code van zes cijfers uit de e-mail in.",
  newCode: "Stuur een nieuwe code",
  newCodeSent: "Wij hebben een nieuwe code gestuurd naar het adres dat u opgaf.",
  newCodeTooSoon: (seconds) =>
    `Wij hebben net een code gestuurd. U kunt over ${seconds} ${seconds === 1 ? "seconde" : "seconden"} om een nieuwe vragen.`,
  newCodeTooMany:
    "Voor dit verzoek zijn al vijf codes verstuurd. Kijk ook in uw map met ongewenste e-mail, of dien een nieuw verzoek in.",
  statusTitle: (noun) => `Uw verzoek: ${noun.toLowerCase()}`,
  statusVerifyIntro: "Bevestig eerst dat het verzoek van u komt met de code uit de e-mail.",
  status: "Stand van zaken",
  received: "Ontvangen op",
  due: "Uiterlijk antwoord op",
  daysLeft: (days) =>
    days > 1 ? `nog ${days} dagen` : days === 1 ? "nog 1 dag" : days === 0 ? "vandaag" : "de termijn is verstreken",
  paused: "De termijn staat stil: wij wachten op een bewijs van uw identiteit waar wij om vroegen.",
  history: "Verloop",
  keptHeading: "Gegevens die wij moeten bewaren",
  keptIntro:
    "Deze gegevens eist de wet dat wij nog bewaren. Wij gebruiken ze nergens anders meer voor en verwijderen ze zodra de termijn voorbij is (artikel 17, lid 3 AVG).",
  keptLine: (what, rows, ground, law, until) =>
    `${what}: ${rows} ${rows === 1 ? "record" : "records"}, ${ground}${law ? ` (${law})` : ""}${until ? `, tot ${until}` : ""}`,
  cancelText: "Wilt u dit verzoek toch niet? Dan kunt u het intrekken zolang wij er nog niet aan begonnen zijn.",
  cancelButton: "Verzoek intrekken",
  downloadHeading: "Uw gegevens downloaden",
  downloadText: (downloads, until) => `De download werkt nog ${downloads} keer en tot ${until}.`,
  downloadButton: "Download uw gegevens",
  downloadGone: "De download is niet meer beschikbaar. Neem contact met ons op als u een nieuwe nodig hebt.",
  keepLink: "Bewaar de link naar deze pagina goed en deel hem met niemand: wie hem heeft, kan uw verzoek volgen.",
  statuses: {
    received: "Ontvangen",
    verifying: "Wacht op bevestiging met de code uit de e-mail",
    verified: "Bevestigd, wordt in behandeling genomen",
    awaiting_approval: "Bevestigd, wordt beoordeeld door onze privacyfunctionaris",
    in_progress: "In behandeling",
    completed: "Afgerond",
    partially_completed: "Gedeeltelijk afgerond; hieronder leest u waarom",
    denied: "Afgewezen (de redenen staan in de e-mail die wij u stuurden)",
    cancelled: "Geannuleerd",
  },
  events: {
    received: "Verzoek ontvangen",
    send_code: "Code gestuurd naar uw e-mailadres",
    verify: "Bevestigd met de code",
    operator_verified: "Uw identiteit is door ons vastgesteld",
    app_verified: "Bevestigd doordat u bent ingelogd op uw account",
    require_approval: "Voorgelegd aan onze privacyfunctionaris",
    approve: "Goedgekeurd door onze privacyfunctionaris",
    start: "In behandeling genomen",
    engine_done:
      "Uitgevoerd in onze databases en gekoppelde systemen; wij wachten nog op het antwoord van onze andere systemen",
    complete: "Afgerond",
    complete_partially: "Gedeeltelijk afgerond",
    deny: "Afgewezen",
    cancel: "Geannuleerd",
    extended: "Termijn verlengd (de reden staat in de e-mail die wij u stuurden)",
    clock_paused: "Termijn stilgezet: wij wachten op een bewijs van uw identiteit",
    clock_resumed: "Termijn loopt weer",
    package_downloaded: "Gegevens gedownload",
    restriction_lifted: "Beperking van de verwerking opgeheven",
    review_taken: "Een medewerker beoordeelt het besluit",
  },
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
  statuses: {
    received: "Received",
    verifying: "Waiting for confirmation with the code from the e-mail",
    verified: "Confirmed, about to be handled",
    awaiting_approval: "Confirmed, being reviewed by our privacy officer",
    in_progress: "Being handled",
    completed: "Completed",
    partially_completed: "Partly completed; the reason is below",
    denied: "Refused (the reasons are in the e-mail we sent you)",
    cancelled: "Cancelled",
  },
  events: {
    received: "Request received",
    send_code: "Code sent to your e-mail address",
    verify: "Confirmed with the code",
    operator_verified: "Your identity was established by us",
    app_verified: "Confirmed by your signed-in account",
    require_approval: "Put to our privacy officer",
    approve: "Approved by our privacy officer",
    start: "Being handled",
    engine_done:
      "Carried out in our databases and connected systems; we are still waiting for the answers of our other systems",
    complete: "Completed",
    complete_partially: "Partly completed",
    deny: "Refused",
    cancel: "Cancelled",
    extended: "Period extended (the reason is in the e-mail we sent you)",
    clock_paused: "Period paused: we are waiting for proof of your identity",
    clock_resumed: "Period running again",
    package_downloaded: "Data downloaded",
    restriction_lifted: "Restriction of processing lifted",
    review_taken: "A member of staff is reviewing the decision",
  },
};

const WORDS: Record<Lang, CenterWords> = { nl, en };

export function centerWords(lang: Lang): CenterWords {
  return WORDS[lang];
}
