import { type Contact, countryName } from "../register/index.js";
import type { Lang } from "../kernel/index.js";

/** A contact as the record shows it: the address already on one line in the record's language. */
export interface RecordParty {
  name?: string;
  address?: string;
  email?: string;
  phone?: string;
  url?: string;
}

type Address = NonNullable<Contact["address"]>;

/** "Stationsplein 12, 3511 ED Utrecht, Nederland": the way a Dutch letter writes it. */
export function formatAddress(address: Address | undefined, lang: Lang): string | undefined {
  if (!address) return undefined;
  const place = [address.postcode, address.city].filter(Boolean).join(" ");
  const parts = [address.street, place, address.country ? countryName(address.country, lang) : undefined];
  const text = parts.filter((p): p is string => Boolean(p)).join(", ");
  return text || undefined;
}

/** The register's contact in record form, every key present (JSON consumers get a stable shape). */
export function toParty(contact: Contact, lang: Lang): RecordParty {
  return {
    name: contact.name,
    address: formatAddress(contact.address, lang),
    email: contact.email,
    phone: contact.phone,
    url: contact.url,
  };
}

/** Like toParty, but undefined when the register gives no contact or an empty one. */
export function optionalParty(contact: Contact | undefined, lang: Lang): RecordParty | undefined {
  if (!contact) return undefined;
  const party = toParty(contact, lang);
  return partyText(party) ? party : undefined;
}

/** A contact on one line: name, address, e-mail, phone, web address, in that order. */
export function partyText(party: RecordParty | undefined): string {
  if (!party) return "";
  return [party.name, party.address, party.email, party.phone, party.url].filter(Boolean).join(", ");
}
