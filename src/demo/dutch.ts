import { ibanCheckDigits } from "../identifiers/index.js";
import type { Random } from "./random.js";
import { BANKS, FIRST_NAMES, MAIL_DOMAINS, STREETS, SURNAMES, TOWNS, TRADES, LEGAL_FORMS } from "./words.js";

/** Generators for realistic Dutch personal data. Every value comes from the seeded Random it is given. */

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(random: Random): Person {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  return { first, last, name: `${first} ${last}` };
}

/** "Zoë" -> "zoe", "van den Berg" -> "vandenberg": what people type as the local part of an address. */
export function mailSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Hands out e-mail addresses that are unique within one demo database, the way people pick them. */
export class MailAddresses {
  private readonly taken = new Map<string, number>();

  next(random: Random, who: Person, domain = random.pick(MAIL_DOMAINS)): string {
    const first = mailSlug(who.first);
    const last = mailSlug(who.last);
    const style = random.int(0, 3);
    const local =
      style === 0 ? `${first}.${last}` : style === 1 ? `${first[0]}.${last}` : style === 2 ? `${first}${last}` : first;
    return this.unique(local, domain);
  }

  /** `local@domain`, or `local2@domain`, `local3@domain`, ... when it was handed out before. */
  unique(local: string, domain: string): string {
    const base = `${local}@${domain}`;
    const seen = this.taken.get(base) ?? 0;
    this.taken.set(base, seen + 1);
    return seen === 0 ? base : `${local}${seen + 1}@${domain}`;
  }
}

/**
 * A Dutch mobile number in E.164 form. `n` runs through a bijection of the eight subscriber digits
 * (48271 is coprime with 10^8), so every subject gets a different number without remembering them.
 */
export function mobileNumber(n: number, offset: number): string {
  const subscriber = (n * 48271 + offset) % 100_000_000;
  return `+316${String(subscriber).padStart(8, "0")}`;
}

/** A Dutch IBAN: NL, the mod 97 check digits, a bank code and a ten-digit account number. */
export function dutchIban(random: Random): string {
  const body = `${random.pick(BANKS)}${random.digits(10)}`;
  return `NL${ibanCheckDigits("NL", body)}${body}`;
}

/** PostNL never issues these letter pairs. */
const UNUSED_LETTERS = new Set(["SA", "SD", "SS"]);

export function postcodeLetters(first: number, second: number): string {
  const pair = String.fromCharCode(65 + (first % 26), 65 + (second % 26));
  return UNUSED_LETTERS.has(pair) ? `${pair[0]}${String.fromCharCode(pair.charCodeAt(1) + 1)}` : pair;
}

export interface Address {
  street: string;
  postcode: string;
  town: string;
  line: string;
}

/** A street address in a real town, with a postcode from the range that town uses. */
export function dutchAddress(random: Random): Address {
  const town = random.pick(TOWNS);
  const street = `${random.pick(STREETS)} ${random.int(1, 250)}${random.chance(0.1) ? random.pick(["a", "b", "bis"]) : ""}`;
  const postcode = `${random.int(town.from, town.to)} ${postcodeLetters(random.int(0, 25), random.int(0, 25))}`;
  return { street, postcode, town: town.name, line: `${street}, ${postcode} ${town.name}` };
}

/** First octets of ranges Dutch access providers announce; one log-in in seven comes over IPv6. */
const IPV4_PREFIXES = [77, 84, 86, 89, 94, 145, 188, 212, 213, 217];

export function ipAddress(random: Random): string {
  if (random.chance(1 / 7)) {
    return `2a02:a4${random.hex(2)}:${random.hex(4)}:${random.int(1, 0xffff).toString(16)}::${random.int(1, 0xfff).toString(16)}`;
  }
  return `${random.pick(IPV4_PREFIXES)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
}

export function companyName(random: Random): string {
  const surname = random.pick(SURNAMES);
  const owner = surname.charAt(0).toUpperCase() + surname.slice(1);
  return `${owner} ${random.pick(TRADES)} ${random.pick(LEGAL_FORMS)}`.trim();
}

/** A KvK number: eight digits; the KvK publishes no checksum. */
export function kvkNumber(random: Random): string {
  return `${random.int(1, 9)}${random.digits(7)}`;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Looks like what an application stores: an argon2id PHC string. It verifies no password. */
export function passwordHash(random: Random): string {
  const chars = (length: number) => Array.from({ length }, () => BASE64.charAt(random.int(0, 63))).join("");
  return `$argon2id$v=19$m=19456,t=2,p=1$${chars(22)}$${chars(43)}`;
}
