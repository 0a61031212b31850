import { z } from "zod";
import { Id, Period, Text } from "./common.js";

/** How a consent is obtained. Everything but opt_in and double_opt_in is not valid consent (Art. 4(11)). */
export const CONSENT_MECHANISMS = [
  "opt_in",
  "double_opt_in",
  "implied_by_use",
  "implied_by_account",
  "implied_by_form",
  "pre_ticked",
  "opt_out",
] as const;

export const ConsentPurpose = z.strictObject({
  name: Text,
  description: Text,
  mechanism: z
    .enum(CONSENT_MECHANISMS)
    .optional()
    .describe("how consent is obtained; left out, the statement does not say how"),
  /** How the person withdraws (Art. 7(3)): as easy as giving it. */
  withdrawal: Text.optional(),
  /** E-mail marketing: an unsubscribe link in every message (Tw art. 11.7). */
  unsubscribe_in_every_message: z.boolean().optional(),
});

export const COOKIE_PURPOSES = ["necessary", "functional", "preferences", "analytics", "marketing", "social"] as const;

/** The AP's conditions under which analytics may do without consent; each must hold. */
export const AnalyticsExemption = z.strictObject({
  processor_agreement: z.boolean(),
  ip_masked: z.boolean(),
  data_sharing_off: z.boolean(),
  no_advertising_features: z.boolean(),
  no_user_id: z.boolean(),
  first_party: z.boolean().optional(),
});

export const Cookie = z.strictObject({
  name: z.string().min(1).describe("the cookie's name as the browser shows it"),
  provider: z.string().min(1).optional().describe("a recipient id or a name"),
  purpose: z.enum(COOKIE_PURPOSES).describe("the kind of cookie; a category of the same kind may describe it too"),
  consent_purpose: Id.optional().describe("the purpose under consent.purposes the banner asks for this cookie"),
  duration: z
    .union([z.literal("session"), Period])
    .optional()
    .describe("how long it stays on the device: session or a period"),
  party: z
    .enum(["first", "third"])
    .default("first")
    .describe("first: set by the organisation's own site; third: by someone else's domain"),
  description: Text.optional().describe("what the cookie does, in the visitor's words"),
  analytics_exemption: AnalyticsExemption.optional().describe(
    "analytics only: the AP's conditions for doing without consent, each recorded as met or not",
  ),
  /** Set when the company relies on legitimate interest for a cookie: never valid (EDPB). */
  legal_basis: z
    .enum(["consent", "exempt", "legitimate_interest"])
    .optional()
    .describe("what the organisation relies on for this cookie; legitimate_interest is never valid (EDPB)"),
});
export type Cookie = z.infer<typeof Cookie>;

export const Banner = z.strictObject({
  reject_on_first_layer: z.boolean().default(true),
  prechecked: z.boolean().default(false),
  cookie_wall: z.boolean().default(false),
  tcf: z.boolean().default(false),
  withdraw_link: z.boolean().default(true),
  /** Raise it when what the banner asks changes: everyone who chose under an older revision is asked again. */
  revision: z.number().int().nonnegative().default(1),
  /** The first-party cookie the banner keeps the choice and the consent id in; list it under cookies as necessary. */
  cookie: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only")
    .default("waarborg_consent"),
});

export const Consent = z.strictObject({
  purposes: z.record(Id, ConsentPurpose).default({}),
  banner: Banner.optional(),
  /** Global Privacy Control: treat Sec-GPC: 1 as an objection (Art. 21(5)). */
  gpc: z.strictObject({ honour: z.boolean(), explicit_choice_wins: z.boolean().default(true) }).optional(),
});
