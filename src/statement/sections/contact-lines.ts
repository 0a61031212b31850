import { type Contact, countryName } from "../../register/index.js";
import type { BuildContext } from "../context.js";
import { type Inline, link, strong } from "../../documents/index.js";

type Address = NonNullable<Contact["address"]>;

/** "Stationsplein 12, 3511 ED Utrecht"; the country is added when it is not the Netherlands. */
export function formatAddress(address: Address | undefined, ctx: BuildContext): string {
  if (!address) return "";
  const town = [address.postcode, address.city].filter(Boolean).join(" ");
  const country = address.country && address.country !== "NL" ? countryName(address.country, ctx.lang) : "";
  return [address.street, town, country].filter(Boolean).join(", ");
}

/** A telephone link keeps only the digits and a leading plus. */
export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** The ways to reach someone, one list item each. */
export function contactItems(contact: Contact | undefined, ctx: BuildContext): Inline[] {
  if (!contact) return [];
  const items: Inline[] = [];
  if (contact.email)
    items.push([strong(ctx.t({ nl: "E-mail", en: "E-mail" })), ": ", link(contact.email, `mailto:${contact.email}`)]);
  if (contact.phone)
    items.push([strong(ctx.t({ nl: "Telefoon", en: "Phone" })), ": ", link(contact.phone, phoneHref(contact.phone))]);
  if (contact.url) items.push([strong(ctx.t({ nl: "Website", en: "Website" })), ": ", link(contact.url, contact.url)]);
  const address = formatAddress(contact.address, ctx);
  if (address) items.push([strong(ctx.t({ nl: "Post", en: "Post" })), ": ", address]);
  return items;
}
