import type { SupervisoryAuthority } from "./types.js";

/**
 * The authorities of the German Länder, which supervise the companies established in them (BDSG § 40).
 * Keyed by ISO 3166-2 ("DE-BY"). The office holder's title changes with the person (Der/Die
 * Landesbeauftragte), so names are written as the office, without the article. An address is given
 * only where it is known for certain.
 */
export const GERMAN_LAND_AUTHORITIES: readonly SupervisoryAuthority[] = [
  {
    key: "DE-BW",
    names: { de: "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg" },
    english: "State Commissioner for Data Protection and Freedom of Information Baden-Württemberg",
    short: "LfDI BW",
    address: "Lautenschlagerstraße 20, 70173 Stuttgart",
    website: "https://www.baden-wuerttemberg.datenschutz.de",
  },
  {
    key: "DE-BY",
    names: { de: "Bayerisches Landesamt für Datenschutzaufsicht" },
    english: "Bavarian Data Protection Authority",
    short: "BayLDA",
    address: "Promenade 18, 91522 Ansbach",
    website: "https://www.lda.bayern.de",
  },
  {
    key: "DE-BE",
    names: { de: "Berliner Beauftragte für Datenschutz und Informationsfreiheit" },
    english: "Berlin Commissioner for Data Protection and Freedom of Information",
    short: "BlnBDI",
    website: "https://www.datenschutz-berlin.de",
  },
  {
    key: "DE-BB",
    names: { de: "Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg" },
    english: "Brandenburg Commissioner for Data Protection and Access to Information",
    short: "LDA Brandenburg",
    website: "https://www.lda.brandenburg.de",
  },
  {
    key: "DE-HB",
    names: { de: "Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen" },
    english: "Bremen Commissioner for Data Protection and Freedom of Information",
    website: "https://www.datenschutz.bremen.de",
  },
  {
    key: "DE-HH",
    names: { de: "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit" },
    english: "Hamburg Commissioner for Data Protection and Freedom of Information",
    short: "HmbBfDI",
    address: "Ludwig-Erhard-Straße 22, 20459 Hamburg",
    website: "https://datenschutz-hamburg.de",
  },
  {
    key: "DE-HE",
    names: { de: "Hessische Beauftragte für Datenschutz und Informationsfreiheit" },
    english: "Hessian Commissioner for Data Protection and Freedom of Information",
    short: "HBDI",
    address: "Gustav-Stresemann-Ring 1, 65189 Wiesbaden",
    website: "https://datenschutz.hessen.de",
  },
  {
    key: "DE-MV",
    names: { de: "Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern" },
    english: "Mecklenburg-Western Pomerania Commissioner for Data Protection and Freedom of Information",
    website: "https://www.datenschutz-mv.de",
  },
  {
    key: "DE-NI",
    names: { de: "Landesbeauftragte für den Datenschutz Niedersachsen" },
    english: "Lower Saxony Commissioner for Data Protection",
    short: "LfD Niedersachsen",
    address: "Prinzenstraße 5, 30159 Hannover",
    website: "https://lfd.niedersachsen.de",
  },
  {
    key: "DE-NW",
    names: { de: "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen" },
    english: "North Rhine-Westphalia Commissioner for Data Protection and Freedom of Information",
    short: "LDI NRW",
    address: "Kavalleriestraße 2-4, 40213 Düsseldorf",
    website: "https://www.ldi.nrw.de",
  },
  {
    key: "DE-RP",
    names: { de: "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz" },
    english: "Rhineland-Palatinate Commissioner for Data Protection and Freedom of Information",
    website: "https://www.datenschutz.rlp.de",
  },
  {
    key: "DE-SL",
    names: { de: "Unabhängiges Datenschutzzentrum Saarland" },
    english: "Independent Data Protection Centre Saarland",
    website: "https://www.datenschutz.saarland.de",
  },
  {
    key: "DE-SN",
    names: { de: "Sächsische Datenschutz- und Transparenzbeauftragte" },
    english: "Saxon Data Protection and Transparency Commissioner",
    website: "https://www.datenschutz.sachsen.de",
  },
  {
    key: "DE-ST",
    names: { de: "Landesbeauftragte für den Datenschutz Sachsen-Anhalt" },
    english: "Saxony-Anhalt Commissioner for Data Protection",
    website: "https://datenschutz.sachsen-anhalt.de",
  },
  {
    key: "DE-SH",
    names: { de: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein" },
    english: "Independent Centre for Privacy Protection Schleswig-Holstein",
    short: "ULD",
    address: "Holstenstraße 98, 24103 Kiel",
    website: "https://www.datenschutzzentrum.de",
  },
  {
    key: "DE-TH",
    names: { de: "Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit" },
    english: "Thuringian Commissioner for Data Protection and Freedom of Information",
    short: "TLfDI",
    website: "https://www.tlfdi.de",
  },
];
