import type { Register } from "./schema/register.js";

/**
 * The shipped taxonomies. Registers refer to these by id and may add their own under `taxonomy:`.
 * Labels are what the statement prints, so they are written as a person would say them: neutral
 * names for what is kept, no judgement of the person ("klikgedrag") and no promise about how it is
 * kept (hashing, encryption), which belongs to the security measures the register records.
 */
export interface CategoryInfo {
  label: { nl: string; en: string };
  /** art9: special category (Art. 9); art10: criminal data; bsn: national identifier (UAVG art. 46). */
  special?: "art9" | "art10" | "bsn";
  /**
   * Credentials and secrets: an access package says they exist and are kept, never their value, which
   * would let whoever reads the package (or intercepts it) into the account or another system.
   */
  secret?: true;
  /**
   * Read from or stored on the visitor's device (cookies and similar techniques, Tw art. 11.7a): an
   * activity that collects it needs the register to say which cookies it uses.
   */
  on_device?: true;
}

const c = (nl: string, en: string, special?: CategoryInfo["special"]): CategoryInfo =>
  special ? { label: { nl, en }, special } : { label: { nl, en } };
const secret = (nl: string, en: string): CategoryInfo => ({ label: { nl, en }, secret: true });
const onDevice = (nl: string, en: string): CategoryInfo => ({ label: { nl, en }, on_device: true });

export const DATA_CATEGORIES: Record<string, CategoryInfo> = {
  "identity.name": c("naam", "name"),
  "identity.gender": c("geslacht of aanhef", "gender or form of address"),
  "identity.date_of_birth": c("geboortedatum", "date of birth"),
  "identity.bsn": c("burgerservicenummer (BSN)", "citizen service number (BSN)", "bsn"),
  "identity.id_document": c("kopie identiteitsbewijs", "copy of an identity document"),
  "identity.photo": c("foto", "photo"),
  "identity.customer_number": c("klantnummer", "customer number"),
  "contact.email": c("e-mailadres", "e-mail address"),
  "contact.phone": c("telefoonnummer", "phone number"),
  "contact.address": c("adres", "address"),
  "account.username": c("gebruikersnaam", "username"),
  "account.credentials": secret("wachtwoord", "password"),
  "account.secret": secret(
    "toegangssleutels (tokens, API-sleutels, herstelcodes)",
    "access secrets (tokens, API keys, recovery codes)",
  ),
  "account.settings": c("accountinstellingen", "account settings"),
  "business.company": c(
    "bedrijfsgegevens (naam, KvK-nummer, adres)",
    "company details (name, Chamber of Commerce number, address)",
  ),
  "business.vat_id": c("btw-identificatienummer", "VAT identification number"),
  "business.job_title": c("functie", "job title"),
  "financial.iban": c("bankrekeningnummer (IBAN)", "bank account number (IBAN)"),
  "financial.payment": c("betaalgegevens", "payment details"),
  "financial.invoice": c("facturen en betaalhistorie", "invoices and payment history"),
  "financial.card": c("betaalkaartgegevens", "payment card details"),
  "online.ip_address": c("IP-adres", "IP address"),
  "online.device": onDevice("apparaat- en browsergegevens", "device and browser details"),
  "online.cookie_id": onDevice("cookie-ID's", "cookie identifiers"),
  "online.usage": c("gebruiksgegevens (inlogmomenten en gebruikte functies)", "usage data (log-ins and features used)"),
  "online.server_logs": c("serverlogs", "server logs"),
  "online.location": c("locatiegegevens", "location data"),
  "communication.message": c("berichten en correspondentie", "messages and correspondence"),
  "communication.support": c("supportvragen", "support requests"),
  "communication.survey": c("antwoorden op enquêtes", "survey answers"),
  "work.hours": c("gewerkte uren", "hours worked"),
  "work.employment": c("werkgerelateerde gegevens", "work-related data"),
  "media.camera": c("camerabeelden", "camera footage"),
  "media.upload": c("geüploade bestanden", "uploaded files"),
  "customer_content.records": c("gegevens die klanten in de software invoeren", "data customers enter in the software"),
  "special.health": c("gezondheidsgegevens", "health data", "art9"),
  "special.ethnic_origin": c("ras of etnische afkomst", "racial or ethnic origin", "art9"),
  "special.political_opinion": c("politieke opvattingen", "political opinions", "art9"),
  "special.religion": c("godsdienst of levensovertuiging", "religious or philosophical beliefs", "art9"),
  "special.union_membership": c("lidmaatschap van een vakbond", "trade union membership", "art9"),
  "special.genetic": c("genetische gegevens", "genetic data", "art9"),
  "special.biometric": c("biometrische gegevens voor identificatie", "biometric data for identification", "art9"),
  "special.sex_life": c("seksueel gedrag of seksuele gerichtheid", "sex life or sexual orientation", "art9"),
  "criminal.records": c(
    "gegevens over strafrechtelijke veroordelingen en strafbare feiten",
    "data about criminal convictions and offences",
    "art10",
  ),
};

export const PURPOSES: Record<string, { nl: string; en: string }> = {
  "service.provision": { nl: "onze dienst leveren", en: "providing our service" },
  "service.account": { nl: "uw account beheren", en: "managing your account" },
  "service.support": { nl: "ondersteuning", en: "support" },
  "service.improvement": { nl: "onze dienst verbeteren", en: "improving our service" },
  "security.fraud": { nl: "beveiliging en fraudepreventie", en: "security and fraud prevention" },
  "security.camera": { nl: "cameratoezicht", en: "camera surveillance" },
  "billing.invoicing": { nl: "facturering", en: "invoicing" },
  "billing.collection": { nl: "incasso en betalingsherinneringen", en: "collection and payment reminders" },
  "marketing.newsletter": { nl: "nieuwsbrief", en: "newsletter" },
  "marketing.direct": { nl: "direct marketing", en: "direct marketing" },
  "marketing.profiling": { nl: "advertentieprofielen", en: "advertising profiles" },
  "analytics.statistics": { nl: "bezoekersstatistieken", en: "visitor statistics" },
  "communication.contact": { nl: "contact opnemen", en: "getting in touch" },
  "communication.survey": { nl: "klanttevredenheidsonderzoek", en: "customer surveys" },
  "legal.tax": { nl: "fiscale bewaarplicht", en: "tax record keeping" },
  "legal.claims": { nl: "rechtsvorderingen", en: "legal claims" },
  "hr.payroll": { nl: "salarisadministratie", en: "payroll" },
  "hr.recruitment": { nl: "werving en selectie", en: "recruitment" },
};

export const SUBJECT_KINDS: Record<string, { nl: string; en: string }> = {
  customer: { nl: "klanten", en: "customers" },
  prospect: { nl: "geïnteresseerden in onze diensten", en: "people interested in our services" },
  user: { nl: "gebruikers", en: "users" },
  visitor: { nl: "websitebezoekers", en: "website visitors" },
  employee: { nl: "medewerkers", en: "employees" },
  applicant: { nl: "sollicitanten", en: "applicants" },
  supplier: { nl: "leveranciers", en: "suppliers" },
  business_contact: { nl: "contactpersonen bij zakelijke relaties", en: "contacts at business relations" },
  end_customer: { nl: "klanten van onze klanten", en: "our customers' customers" },
  subscriber: { nl: "abonnees", en: "subscribers" },
  child: { nl: "kinderen", en: "children" },
};

/** The shipped data categories merged with the register's own. */
export function dataCategories(register: Register): Record<string, CategoryInfo> {
  const own = register.taxonomy?.data_categories ?? {};
  const merged: Record<string, CategoryInfo> = { ...DATA_CATEGORIES };
  for (const [id, def] of Object.entries(own)) {
    const label =
      typeof def.label === "string"
        ? { nl: def.label, en: def.label }
        : { nl: def.label.nl ?? def.label.en ?? id, en: def.label.en ?? def.label.nl ?? id };
    merged[id] = {
      label,
      ...(def.special ? { special: def.special } : {}),
      ...(def.secret ? { secret: true } : {}),
      ...(def.on_device ? { on_device: true } : {}),
    };
  }
  return merged;
}

export function purposes(register: Register): Record<string, { nl: string; en: string }> {
  const merged = { ...PURPOSES };
  for (const [id, def] of Object.entries(register.taxonomy?.purposes ?? {})) {
    merged[id] =
      typeof def.label === "string"
        ? { nl: def.label, en: def.label }
        : { nl: def.label.nl ?? id, en: def.label.en ?? id };
  }
  return merged;
}

export function subjectKinds(register: Register): Record<string, { nl: string; en: string }> {
  const merged = { ...SUBJECT_KINDS };
  for (const [id, def] of Object.entries(register.taxonomy?.subject_kinds ?? {})) {
    merged[id] =
      typeof def.label === "string"
        ? { nl: def.label, en: def.label }
        : { nl: def.label.nl ?? id, en: def.label.en ?? id };
  }
  return merged;
}
