import { type Lang, textIn } from "../kernel/index.js";
import { addressed, type FormOfAddress } from "../vocabulary/index.js";

/**
 * A customer of the company (a tenant) a person is referred to, as the tenants directory records it.
 * Without a name the directory does not know the tenant: it is then "a customer of" the company, and
 * never its key, which is the company's internal reference and tells the person nothing they can use.
 */
export interface TenantReferral {
  name?: string;
  email?: string;
  url?: string;
}

/** The heading over a referral on the status page and in the package. */
export function referralTitle(lang: Lang): string {
  return textIn(lang, { nl: "Gegevens die wij voor onze klanten verwerken", en: "Data we process for our customers" });
}

/** What comes before the list of customers: why the person is referred, in the mail, page and package. */
export function referralIntro(lang: Lang, form: FormOfAddress): string {
  const text = textIn(lang, {
    nl: "Een deel van de gegevens die wij over {u|jou} vonden, verwerken wij in opdracht van een klant van ons. Over die gegevens beslist die klant, niet wij (artikel 28 AVG). Daarom hebben wij ze niet aan {u|jou} verstrekt en niet gewijzigd. Richt {uw|je} verzoek daarover aan:",
    en: "Some of the data we found about you we process on behalf of a customer of ours. That customer, not we, decides about it (Article 28 GDPR), so we have neither disclosed nor changed it. Please send your request about it to:",
  });
  return addressed(text, form);
}

/** One customer with the privacy contact the directory holds. */
export function referralLine(lang: Lang, organization: string, referral: TenantReferral): string {
  if (referral.name === undefined)
    return textIn(lang, {
      nl: `een klant van ${organization} (wij hebben geen contactgegevens van die klant vastgelegd)`,
      en: `a customer of ${organization} (we have not recorded that customer's contact details)`,
    });
  const contact = [referral.email, referral.url].filter((c): c is string => c !== undefined);
  return contact.length > 0 ? `${referral.name}: ${contact.join(", ")}` : referral.name;
}
