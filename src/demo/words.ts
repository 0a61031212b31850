/**
 * Word lists for the demo data: common Dutch first names, surnames, streets and towns, so the demo
 * looks like the databases Waarborg meets (tussenvoegsels, diacritics, names from every background).
 */

/** Comma-separated words; written this way so the lists stay a few lines long. */
function list(text: string): string[] {
  return text.split(",").map((word) => word.trim());
}
export const FIRST_NAMES: readonly string[] = list(`
  Jan, Piet, Kees, Henk, Daan, Sem, Lucas, Levi, Finn, Noah, Bram, Thijs, Ruben, Stijn, Jesse, Koen,
  Lars, Milan, Sven, Joris, Willem, Maarten, Gijs, Teun, Mohamed, Yusuf, Ahmet, Rayan, Emma, Julia,
  Sophie, Tess, Mila, Sara, Lotte, Anna, Eva, Fleur, Noor, Femke, Sanne, Anouk, Iris, Lisa, Esther,
  Marieke, Ingrid, Annelies, Fatima, Aylin, Yasmina, Chantal, Renée, Chloë, Zoë, Inès, Jeroen, Mirjam,
  Wouter, Hanneke
`);

export const SURNAMES: readonly string[] = list(`
  de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer,
  Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits,
  de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen,
  van den Broek, de Bruijn, Schouten, van Beek, Willems, van Vliet, Hoekstra, Maas, Verhoeven, Koster,
  Prins, Postma, Kuipers, Yılmaz, El Amrani, Bouzid, Nguyen, Kaya, Öztürk, Sardjoe, Wijnaldum,
  Groenewegen, Ter Horst
`);

export const STREETS: readonly string[] = list(`
  Kerkstraat, Dorpsstraat, Schoolstraat, Molenweg, Stationsweg, Julianastraat, Wilhelminastraat,
  Beatrixlaan, Nieuwstraat, Hoofdstraat, Marktplein, Lindenlaan, Eikenlaan, Parklaan, Oudegracht,
  Prinsengracht, Keizersgracht, Emmalaan, Burgemeester de Withstraat, Van Speijkstraat, Irenestraat,
  Sportlaan, Industrieweg, Havenstraat, Zuiderkade, Slotlaan, Tulpstraat, Rozenstraat
`);

/** Towns with the range of four-digit postcode areas they really use. */
export const TOWNS: readonly { name: string; from: number; to: number }[] = [
  { name: "Amsterdam", from: 1011, to: 1109 },
  { name: "Rotterdam", from: 3011, to: 3089 },
  { name: "Den Haag", from: 2491, to: 2597 },
  { name: "Utrecht", from: 3511, to: 3585 },
  { name: "Eindhoven", from: 5611, to: 5658 },
  { name: "Groningen", from: 9711, to: 9747 },
  { name: "Tilburg", from: 5011, to: 5049 },
  { name: "Almere", from: 1311, to: 1363 },
  { name: "Breda", from: 4811, to: 4839 },
  { name: "Nijmegen", from: 6511, to: 6546 },
  { name: "Zwolle", from: 8011, to: 8043 },
  { name: "Haarlem", from: 2011, to: 2037 },
  { name: "Arnhem", from: 6811, to: 6846 },
  { name: "Leiden", from: 2311, to: 2334 },
  { name: "Maastricht", from: 6211, to: 6229 },
  { name: "Leeuwarden", from: 8911, to: 8939 },
];

/** Bank codes used in Dutch IBANs. */
export const BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB", "RBRB"] as const;

/** Mail providers, all under the reserved .example top-level domain so no demo address can reach a person. */
export const MAIL_DOMAINS: readonly string[] = list(`
  gmail.example, ziggo.example, kpnmail.example, outlook.example, hotmail.example, xs4all.example,
  planet.example, live.example, icloud.example
`);

export const TRADES: readonly string[] = list(`
  Installatietechniek, Bouw, Advies, Schoonmaak, Fysiotherapie, Administratie, Transport, Hoveniers,
  Makelaardij, Catering, Design, Autoservice, Kinderopvang, Bakkerij, ICT
`);

export const LEGAL_FORMS = ["B.V.", "V.O.F.", "", "B.V.", "& Zn."] as const;

export const PLANS = ["starter", "team", "business", "enterprise"] as const;
export const PLAN_PRICE_CENTS: Record<(typeof PLANS)[number], number> = {
  starter: 1900,
  team: 4900,
  business: 12900,
  enterprise: 49900,
};

export const DUTCH_MONTHS: readonly string[] = list(`
  januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december
`);

export const LOCALES = ["nl-NL", "nl-NL", "nl-NL", "nl-NL", "nl-BE", "en-GB", "de-DE"] as const;

export const TICKET_SUBJECTS: readonly string[] = list(`
  Kan niet inloggen, Factuur klopt niet, Vraag over export naar Excel, Gebruiker toevoegen lukt niet,
  Wachtwoord vergeten, Koppeling met boekhouding, Foutmelding bij opslaan, Abonnement wijzigen,
  Two-factor werkt niet meer, Verzoek om inzage, App crasht op Android, Herinneringen uitzetten
`);

export const CONTACT_NOTES: readonly string[] = list(`
  Belt liever na 17:00., Vaste klant sinds de opening., Factuur per post sturen., Spreekt Engels.,
  Let op: betaalt vaak laat., Wil geen nieuwsbrief., Contact via de dochter.
`);

export const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
  "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
  "Klantwijs/4.2.1 (Android 13)",
] as const;

export const UPLOADS = [
  { name: "screenshot", ext: "png", type: "image/png" },
  { name: "offerte", ext: "pdf", type: "application/pdf" },
  { name: "export", ext: "xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { name: "foto", ext: "jpg", type: "image/jpeg" },
  { name: "logboek", ext: "csv", type: "text/csv" },
] as const;
