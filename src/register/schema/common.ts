import { z } from "zod";


/**
 * Text a person reads. Either one string (used for every language, and `check` warns when the
 * statement is published in more than one) or one string per language.
 */
export const Text = z
  .union([z.string().min(1), z.strictObject({ nl: z.string().min(1).optional(), en: z.string().min(1).optional() })])
  .meta({ id: "Text", description: "text a person reads: one string, or a map with nl and en" });
export type Text = z.infer<typeof Text>;

/**
 * A name: one string, the same in every language (a company, a product), or a name per language for
 * one that translates ("Verwerkers in onze opdracht" / "Processors acting for us"). Unlike Text, a
 * single string is the normal case and not a missing translation, so given per language it needs both.
 */
export const Name = z
  .union([z.string().min(1), z.strictObject({ nl: z.string().min(1), en: z.string().min(1) })])
  .meta({ id: "Name", description: "a name: one string for every language, or a map with both nl and en" });
export type Name = z.infer<typeof Name>;

/** An identifier used to refer to an entry elsewhere in the register. */
export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, "use lower-case letters, digits, _ and . (e.g. contact.email)");

/**
 * A period: "14 days", "4 weeks", "12 months", "7 years", or an ISO 8601 duration such as P7Y.
 * Parsed by `duration.ts`; kept a string here so the JSON Schema shows editors the pattern.
 */
export const Period = z
  .string()
  .regex(
    /^(\d+ (day|days|week|weeks|month|months|year|years|hour|hours)|P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T\d+H)?)$/,
    'write a period such as "14 days", "12 months", "7 years" (or ISO 8601: P7Y)',
  )
  .meta({ id: "Period", description: 'a period: "14 days", "4 weeks", "12 months", "7 years" or ISO 8601 (P7Y)' });

/** ISO 3166-1 alpha-2 country code, upper case (NL, DE, US). */
export const Country = z.string().regex(/^[A-Z]{2}$/, "use a two-letter country code such as NL or US");

export const Email = z.email();

export const Address = z
  .strictObject({
    street: z.string().min(1).optional(),
    postcode: z.string().min(1).optional(),
    city: z.string().min(1).optional(),
    country: Country.optional(),
  })
  .meta({ id: "Address", description: "a postal address" });

export const Contact = z
  .strictObject({
    name: z.string().min(1).optional(),
    email: Email.optional(),
    phone: z.string().min(1).optional(),
    address: Address.optional(),
    url: z.url().optional(),
  })
  .meta({ id: "Contact", description: "a name with e-mail, phone, postal address or web page" });
export type Contact = z.infer<typeof Contact>;
