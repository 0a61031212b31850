import { z } from "zod";
import { Id, Period, Text } from "./common.js";
import { AnalyticsExemption, COOKIE_PURPOSES } from "./consent.js";

/**
 * Cookies of one kind, declared together without naming each cookie. The category's purpose is its
 * key under `cookie_categories`, so a kind is described once; cookies listed singly under `cookies`
 * with the same purpose belong to it but state their own facts (nothing is inherited from here).
 */
export const CookieCategory = z.strictObject({
  description: Text.optional().describe(
    "what the cookies of this kind do, in the visitor's words; left out, the statement names only the kind",
  ),
  providers: z
    .array(z.string().min(1))
    .default([])
    .describe("who places them: recipient ids or names; left out, the statement does not say who"),
  duration: z
    .union([z.literal("session"), Period])
    .optional()
    .describe("how long they typically stay on the device: session or a period; left out, the statement does not say"),
  consent_purpose: Id.optional().describe("the purpose under consent.purposes the banner asks for these cookies"),
  party: z
    .enum(["first", "third"])
    .optional()
    .describe("first: set by the organisation's own site; third: by someone else's domain"),
  analytics_exemption: AnalyticsExemption.optional().describe(
    "analytics only: the AP's conditions for doing without consent, each recorded as met or not",
  ),
  legal_basis: z
    .enum(["consent", "exempt", "legitimate_interest"])
    .optional()
    .describe("what the organisation relies on for these cookies; legitimate_interest is never valid (EDPB)"),
});
export type CookieCategory = z.infer<typeof CookieCategory>;

export const CookieCategories = z
  .partialRecord(z.enum(COOKIE_PURPOSES), CookieCategory)
  .default({})
  .describe(
    "cookies declared per kind (necessary, functional, preferences, analytics, marketing, social) without naming each cookie",
  );

/** A separate cookie policy the statement refers to; the register records only what it covers. */
export const CookiePolicy = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: "a web address starting with https:// or http://" })
    .describe("where the cookie policy is published, a web address"),
  covers: z
    .array(z.enum(COOKIE_PURPOSES))
    .optional()
    .describe(
      "the kinds of cookies the policy describes; left out, the statement refers to it without saying which",
    ),
});
export type CookiePolicy = z.infer<typeof CookiePolicy>;
