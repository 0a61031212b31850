import { type Commitment, seedSuite } from "./helpers.js";

// Seed 000: a business web platform with apps, in Assen.
const checklist: Commitment[] = [
  {
    commitment: "controller with address and KvK; scope: web platforms, apps, websites, affiliated companies",
    nl: [
      "Hunzeplatform B.V.",
      "Hunzelaan 12",
      "9405 KB",
      "Assen",
      "71234508",
      "webplatformen en apps",
      "gelieerde ondernemingen",
    ],
    en: [
      "Hunzeplatform B.V.",
      "Hunzelaan 12",
      "9405 KB",
      "Assen",
      "71234508",
      "web platforms and apps",
      "affiliated companies",
    ],
  },
  {
    commitment: "controller for its users' accounts; processor for the data users enter about their own customers",
    nl: [
      /verwerkingsverantwoordelijke/i,
      /verwerker\b/i,
      "klanten van onze gebruikers",
      "de gebruiker die de gegevens invoert",
    ],
    en: [/\bcontroller\b/i, /\bprocessor\b/i, "our users' customers", "the user who enters the data"],
  },
  {
    commitment:
      "data: IP, usage data, cookies, visit data, contact form, login, company data, name, gender, address, BSN, platform use",
    nl: [
      "IP-adres",
      // The statement's "klikgedrag" is the shipped usage category, which names it neutrally.
      "gebruiksgegevens (inlogmomenten en gebruikte functies)",
      "cookie-ID's",
      "algemene bezoekgegevens, zoals de meest bezochte pagina's",
      "Contactformulier",
      "gebruikersnaam",
      "wachtwoord (alleen als hash opgeslagen)",
      "KvK-nummer",
      "btw-identificatienummer",
      "telefoonnummer",
      "geslacht",
      "adres",
      "burgerservicenummer (BSN)",
      "medewerkers van onze gebruikers",
      "apparaat",
      "gebruikte modules, aantal gegenereerde documenten en betaaltransacties",
    ],
    en: [
      "IP address",
      "usage data (log-ins and features used)",
      "cookie identifiers",
      "general visit data, such as the most visited pages",
      "Contact form",
      "username",
      "password (stored only as a hash)",
      "Chamber of Commerce number",
      "VAT identification number",
      "phone number",
      "gender",
      "address",
      "citizen service number (BSN)",
      "our users' employees",
      "device",
      "modules used, number of documents generated and payment transactions",
    ],
  },
  {
    commitment:
      "purposes: the software, account security, support and updates, usage statistics, modules only with consent",
    nl: [
      "jou onze software laten gebruiken waarvoor die bedoeld is",
      "de identificatie en beveiliging van jouw account beheren",
      "je support leveren en je informeren over updates en nieuwe diensten",
      "gebruiksstatistieken analyseren",
      "alleen met jouw uitdrukkelijke toestemming",
    ],
    en: [
      "letting you use our software for what it is meant for",
      "managing the identification and security of your account",
      "giving you support and informing you about updates and new services",
      "analysing usage statistics",
      "only with your express consent",
    ],
  },
  {
    commitment: "support and control access to accounts (a back door): audited, time-boxed",
    nl: [
      "achterdeur",
      "voor controle en ondersteuning van de juiste technische werking",
      "8 uur",
      /vastgelegd|gelogd|geregistreerd/i,
      "krijgen alleen toegang zolang een project of een incident waarvoor die nodig is loopt",
    ],
    en: [
      "back door",
      "to check and support correct technical operation",
      "8 hours",
      /logged|recorded/i,
      "only get access while a project or an incident that needs it is open",
    ],
  },
  {
    commitment:
      "external helpdesk, developers, administrators, sales: limited rights, open projects only, confidentiality",
    nl: [
      "Externe help- en supportdeskmedewerkers, IT-ontwikkelaars, server- en databasebeheerders en verkoopmedewerkers",
      "met beperkte rechten",
      "alleen zolang er een project met hen loopt",
      "alleen bij een calamiteit of voor een upgrade van de dienst",
      /geheimhouding|vertrouwelijkheid/i,
    ],
    en: [
      "External help and support desk staff",
      "with limited rights",
      "only while a project with them is under way",
      "only in an incident or for an upgrade of the service",
      /confidentiality/i,
    ],
  },
  {
    commitment: "Google Analytics with a transfer to the US; tracking cookies for ad profiles only with consent",
    nl: ["Google (Google Analytics)", "Verenigde Staten", "_ga", "hp_tracking", "Trackingcookies", /toestemming/i],
    en: ["Google (Google Analytics)", "United States", "_ga", "hp_tracking", "Tracking cookies", /consent/i],
  },
  {
    commitment: "transfers outside the EEA, e.g. subscriptions through Apple in-app purchase",
    nl: [
      "Apple (In App Purchase)",
      "via In App Purchase in een iOS-app",
      "Verenigde Staten",
      /buiten de (EER|Europese Economische Ruimte)/,
    ],
    en: [
      "Apple (In App Purchase)",
      "through In App Purchase in an iOS app",
      "United States",
      /outside the (EEA|European Economic Area)/,
    ],
  },
  {
    commitment: "retention until cancellation plus the fiscal period; deletion on request after cancellation",
    nl: [
      "tot je het account of de app opzegt, vermeerderd met de wettelijke bewaartermijn van de fiscale autoriteiten",
      "verwijderen wij de gegevens op jouw verzoek",
      "AWR art. 52(4)",
      "7 jaar",
    ],
    en: [
      "until you cancel the account or the app, plus the retention period the tax authorities require by law",
      "we delete the data at your request",
      "AWR art. 52(4)",
      "7 years",
    ],
  },
  {
    commitment:
      "rights: cancel, edit, access, rectify, complete, erase, restrict, object, withdraw, portability, complain; under-16s",
    nl: [
      "op ieder gewenst moment zelf opzeggen",
      "in je account wijzigen",
      "Inzage",
      "Verbetering en aanvulling",
      "Verwijdering",
      "Beperking",
      "Bezwaar",
      "Toestemming intrekken",
      "Overdraagbaarheid",
      "Autoriteit Persoonsgegevens",
      "Hunzelaan 12, 9405 KB Assen",
      "Als je jonger bent dan 16 jaar verzoeken we je geen gegevens aan ons te verstrekken.",
    ],
    en: [
      "cancel your account yourself at any time",
      "change the details you gave in your account",
      "Access",
      "Rectification and completion",
      "Erasure",
      "Restriction",
      "Objection",
      "Withdrawing consent",
      "Portability",
      "Autoriteit Persoonsgegevens",
      "Hunzelaan 12, 9405 KB Assen",
      "If you are under 16, we ask you not to provide any data to us.",
    ],
  },
  {
    commitment: "newsletter with unsubscribe instructions in every issue",
    nl: ["Nieuwsbrief", "met de afmeldinstructies in elke nieuwsbrief"],
    en: ["Newsletter", "with the unsubscribe instructions in every newsletter"],
  },
  {
    commitment: "changes notified by e-mail or otherwise electronically; version dated",
    nl: [/per e-mail/i, "17-02-2022", "17 februari 2022"],
    en: [/by e-?mail/i, "17-02-2022", "17 February 2022"],
  },
];

seedSuite("platform-assen", checklist, {
  rules: [
    "consent-implied",
    "bsn-without-ground",
    "automated-decision-incomplete",
    "legal-basis-missing",
    "retention-vague",
    "transfer-without-safeguard",
    "consent-condition-of-contract",
  ],
  at: [
    { rule: "consent-implied", line: /^\s+mechanism: implied_by_account$/ },
    { rule: "bsn-without-ground", line: /^\s+- identity\.bsn$/ },
    { rule: "retention-vague", line: /^ {2}usage_logs:$/ },
    { rule: "automated-decision-incomplete", line: /^ {2}module_decisions:$/ },
    // The third-party modules rest on consent, yet the statement says the contract needs their data.
    { rule: "consent-condition-of-contract", line: /^ {6}kind: contract$/ },
  ],
});
