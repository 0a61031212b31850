import { z } from "zod";
import { Address, Contact, Country, Name, Text } from "./common.js";

/** Art. 13(1)(a)-(b), Art. 30(1)(a): who the controller is and how to reach it. */
export const Organization = z.strictObject({
  name: Name.describe("the organisation's name: one string, or { nl, en } where it differs per language"),
  trade_names: z.array(z.string().min(1)).optional(),
  address: Address.optional(),
  kvk: z.string().optional().describe("Dutch Chamber of Commerce number: 8 digits"),
  company_number: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Number in the company register of established_in: KBO/BCE enterprise number for BE (0123.456.789), HRB/HRA number for DE (HRB 123456); for NL, kvk",
    ),
  company_register: z
    .string()
    .min(1)
    .optional()
    .describe("Who keeps the company register, where the number does not say it, e.g. Amtsgericht München"),
  vat_id: z
    .string()
    .optional()
    .describe("VAT number with its country prefix, e.g. NL002455799B11; without one, of the established_in country"),
  website: z.url().optional(),
  contact: Contact.optional(),
  /** A privacy officer the company appointed without it being a DPO under Art. 37. */
  privacy_officer: Contact.optional(),
  /** A data protection officer under Art. 37-39; named in the statement and the record. */
  dpo: Contact.optional(),
  /** Art. 27: representative in the EU when the controller is established outside it. */
  representative: Contact.optional(),
  joint_controllers: z.array(Contact.extend({ responsibilities: Text.optional() })).optional(),
  established_in: Country.optional(),
  state: z
    .string()
    .regex(/^[A-Z]{2}$/, "use the region's code within the country, e.g. BY for Bayern")
    .optional()
    .describe("Region of establishment whose authority supervises the company: the German Land, e.g. BY, NW, BE"),
  lead_authority: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z]{2})?$/, "use the country code, or DE- and the Land, e.g. BE or DE-BY")
    .optional()
    .describe("Art. 56 lead supervisory authority where the company is established in several states: BE, or DE-BY"),
  /** What the statement covers: products, sites, apps, affiliated companies. */
  scope: Text.optional(),
});
export type Organization = z.infer<typeof Organization>;
