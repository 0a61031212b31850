import type { ContentKind } from "./profile.js";
import type { TableKind } from "./tables.js";
import type { TypeClass } from "./types.js";

/**
 * The column names Waarborg recognises, in English and Dutch, as whole words of the snake-cased
 * name. Each rule says which column types it applies to (an `email_verified_at` timestamp holds no
 * address) and, where one exists, the content check that confirms it.
 */
export interface NameRule {
  category: string;
  pattern: RegExp;
  types: readonly TypeClass[];
  check?: ContentKind;
  identity?: string;
  vague?: boolean;
  /** Only in tables of these kinds: "amount" is invoice data in an invoice table, nothing in general. */
  tables?: readonly TableKind[];
}

/** Any of these words, as whole words of the snake-cased name: "billing_email" has "email", "emailed" not. */
const words = (...list: string[]) => new RegExp(`(^|_)(${list.join("|")})(_|$)`);
/** The whole name is one of these. */
const exactly = (...list: string[]) => new RegExp(`^(${list.join("|")})$`);

const TEXT = ["text", "any"] as const;
const TEXT_OR_NUMBER = ["text", "integer", "any"] as const;
const TIMES = ["timestamp", "date", "integer", "text", "any"] as const;

/** First match wins, so specific rules come before general ones (email_address before address). */
export const NAME_RULES: NameRule[] = [
  {
    category: "account.credentials",
    pattern: words("password", "passwd", "pwd", "wachtwoord", "passcode"),
    types: ["text", "binary", "any"],
  },
  {
    category: "account.username",
    pattern: exactly("username", "user_name", "login", "login_name", "gebruikersnaam", "handle"),
    types: TEXT,
  },
  {
    category: "contact.email",
    pattern: words("email", "e_mail", "emailadres", "e_mailadres", "email_address"),
    types: TEXT,
    check: "email",
    identity: "email",
  },
  { category: "contact.email", pattern: words("mail"), types: TEXT, check: "email", identity: "email", vague: true },
  {
    category: "contact.phone",
    pattern: words(
      "phone",
      "telephone",
      "telefoon",
      "telefoonnummer",
      "mobile",
      "mobiel",
      "gsm",
      "cellphone",
      "msisdn",
    ),
    types: TEXT_OR_NUMBER,
    check: "phone",
    identity: "phone",
  },
  {
    category: "contact.phone",
    pattern: exactly("tel", "tel_nr", "telnr"),
    types: TEXT,
    check: "phone",
    identity: "phone",
  },
  {
    category: "financial.iban",
    pattern: words("iban", "rekeningnummer", "bankrekening", "bankrekeningnummer", "bank_account", "rekening"),
    types: TEXT,
    check: "iban",
  },
  {
    category: "identity.bsn",
    pattern: words("bsn", "sofinummer", "sofi", "burgerservicenummer", "citizen_service_number"),
    types: TEXT_OR_NUMBER,
    check: "bsn",
  },
  {
    category: "business.vat_id",
    pattern: words("vat", "vat_id", "vat_number", "btw", "btw_id", "btw_nummer", "btwnummer", "omzetbelastingnummer"),
    types: TEXT,
    check: "btw",
  },
  {
    category: "business.company",
    pattern: words("kvk", "kvk_nummer", "kvknummer", "coc", "coc_number", "chamber_of_commerce"),
    types: TEXT_OR_NUMBER,
    check: "kvk",
  },
  {
    category: "business.company",
    pattern: exactly(
      "company",
      "company_name",
      "bedrijf",
      "bedrijfsnaam",
      "handelsnaam",
      "trade_name",
      "organisation_name",
      "organization_name",
    ),
    types: TEXT,
  },
  {
    category: "identity.date_of_birth",
    pattern: words(
      "birth",
      "birthday",
      "birthdate",
      "birth_date",
      "date_of_birth",
      "dob",
      "geboortedatum",
      "geboortedag",
      "born",
      "born_on",
    ),
    types: ["date", "timestamp", "text", "any"],
    check: "date_of_birth",
  },
  {
    category: "online.ip_address",
    pattern: words(
      "ip",
      "ip_address",
      "ip_addr",
      "ipaddress",
      "ipaddr",
      "ip_adres",
      "remote_addr",
      "remote_ip",
      "client_ip",
    ),
    types: ["text", "network", "binary", "any"],
    check: "ip",
  },
  {
    category: "online.device",
    pattern: words("user_agent", "useragent", "ua", "device", "browser"),
    types: TEXT,
  },
  {
    category: "identity.gender",
    pattern: words("gender", "geslacht", "sex", "aanhef", "salutation"),
    types: TEXT_OR_NUMBER,
  },
  {
    category: "contact.address",
    pattern: words("postcode", "postal_code", "postalcode", "zip", "zipcode", "zip_code"),
    types: TEXT,
    check: "postcode",
  },
  {
    category: "contact.address",
    pattern: words(
      "address",
      "adres",
      "addr",
      "address_line\\d*",
      "street",
      "straat",
      "straatnaam",
      "house_number",
      "huisnummer",
      "huisnr",
      "city",
      "woonplaats",
      "plaats",
      "stad",
      "town",
    ),
    types: TEXT_OR_NUMBER,
  },
  {
    category: "identity.name",
    pattern: words(
      "first_name",
      "firstname",
      "given_name",
      "last_name",
      "lastname",
      "surname",
      "family_name",
      "full_name",
      "fullname",
      "middle_name",
      "maiden_name",
      "display_name",
      "contact_name",
      "contact_person",
      "voornaam",
      "voornamen",
      "achternaam",
      "tussenvoegsel",
      "voorletters",
      "initials",
      "roepnaam",
    ),
    types: TEXT,
  },
  // A name with a role in front of it is a person's: the name on an invoice, of an account holder.
  {
    category: "identity.name",
    pattern: words(
      "billing_name",
      "customer_name",
      "client_name",
      "holder_name",
      "account_holder",
      "recipient_name",
      "sender_name",
      "author_name",
      "owner_name",
      "payer_name",
      "klantnaam",
      "tenaamstelling",
    ),
    types: TEXT,
  },
  { category: "identity.name", pattern: exactly("name", "naam"), types: TEXT, tables: ["person"] },
  {
    category: "business.company",
    pattern: exactly("name", "naam"),
    types: TEXT,
    tables: ["organisation"],
    vague: true,
  },
  {
    category: "identity.customer_number",
    pattern: words(
      "customer_number",
      "customer_no",
      "customer_nr",
      "klantnummer",
      "klantnr",
      "klant_nummer",
      "client_number",
      "member_number",
      "lidnummer",
      "relatienummer",
      "debtor_number",
      "debiteurnummer",
    ),
    types: TEXT_OR_NUMBER,
    identity: "customer_number",
  },
  {
    category: "identity.id_document",
    pattern: words("passport", "paspoort", "id_document", "id_card", "identiteitsbewijs", "document_number"),
    types: ["text", "binary", "any"],
  },
  {
    category: "identity.photo",
    pattern: words("avatar", "avatar_url", "photo", "foto", "profile_picture", "profile_photo", "picture"),
    types: ["text", "binary", "any"],
  },
  { category: "business.job_title", pattern: words("job_title", "jobtitle", "functie", "functietitel"), types: TEXT },
  {
    category: "financial.card",
    pattern: words("card_number", "cardnumber", "credit_card", "creditcard", "card_last4", "last4", "last_four", "pan"),
    types: TEXT_OR_NUMBER,
  },
  {
    category: "special.health",
    pattern: words(
      "health",
      "medical",
      "diagnosis",
      "diagnose",
      "allergies",
      "allergie",
      "medication",
      "medicatie",
      "gezondheid",
    ),
    types: TEXT,
  },
  {
    category: "online.location",
    pattern: words("latitude", "longitude", "lat", "lng", "lon", "geo", "geolocation", "location", "locatie"),
    types: ["text", "decimal", "any"],
    vague: true,
  },
  {
    category: "online.cookie_id",
    pattern: words("cookie_id", "visitor_id", "anonymous_id", "device_id", "tracking_id", "client_id"),
    types: TEXT,
    vague: true,
  },
  {
    category: "account.settings",
    pattern: exactly("locale", "language", "timezone", "time_zone", "taal", "tijdzone", "preferences", "settings"),
    types: TEXT,
    tables: ["person"],
    vague: true,
  },
  {
    category: "communication.support",
    pattern: exactly(
      "body",
      "message",
      "content",
      "text",
      "description",
      "subject",
      "onderwerp",
      "omschrijving",
      "bericht",
    ),
    types: TEXT,
    tables: ["support"],
  },
  {
    category: "communication.message",
    pattern: exactly("body", "message", "content", "text", "subject", "onderwerp", "bericht", "inhoud"),
    types: TEXT,
    tables: ["message"],
  },
  {
    category: "communication.message",
    pattern: words("message", "bericht", "comment", "opmerking"),
    types: TEXT,
    vague: true,
  },
  {
    category: "financial.invoice",
    pattern: words("amount", "total", "total_amount", "subtotal", "bedrag", "totaal", "amount_cents", "total_cents"),
    types: ["decimal", "integer", "text", "any"],
    tables: ["invoice"],
    vague: true,
  },
  {
    category: "financial.payment",
    pattern: words("amount", "bedrag", "amount_cents", "method", "payment_method", "betaalwijze"),
    types: ["decimal", "integer", "text", "any"],
    tables: ["payment"],
    vague: true,
  },
  {
    category: "media.upload",
    pattern: words("path", "file_name", "filename", "file_path", "storage_key", "url", "bestandsnaam", "original_name"),
    types: TEXT,
    tables: ["upload"],
  },
  // When people logged in or what they did, in an event table, is usage data about them.
  {
    category: "online.usage",
    pattern: /(^|_)(at|on|time|timestamp|date|tijdstip|datum)$/,
    types: TIMES,
    tables: ["event"],
    vague: true,
  },
];
