import { z } from "zod";
import { Id, Period } from "../common.js";
import { MANUAL_REQUEST_TYPES } from "./manual.js";
import { SystemTenants } from "./tenants.js";

/** The name of an environment variable: URLs and secrets come from there, never from the register. */
const EnvName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "name an environment variable, e.g. CRM_WEBHOOK_URL");

/**
 * One of the company's own services that Waarborg cannot reach directly: a request of a type it is
 * reached by sends it a signed POST (signed as the Art. 19 webhooks are, with its own secret), and
 * the service answers later at the callback URL in that POST, signed the same way. Until it answers,
 * the request waits as it waits for a manual system's owner, and an overdue answer is escalated.
 */
export const WebhookSystem = z.strictObject({
  kind: z.literal("webhook").describe("webhook: a service of the company's that is told and answers later"),
  name: z.string().min(1).describe("the system's name as the console and the package show it"),
  url_env: EnvName.describe("the environment variable holding the URL the signed request is POSTed to"),
  secret_env: EnvName.describe(
    "the environment variable holding the shared secret both the request and the service's answer are signed with",
  ),
  requests: z
    .array(z.enum(MANUAL_REQUEST_TYPES))
    .min(1)
    .describe("the request types that reach this system and send it a request"),
  categories: z.array(Id).default([]).describe("the data categories the system holds"),
  due_within: Period.default("10 days").describe(
    "how long the service has to answer; never later than the request's deadline minus a margin",
  ),
  tenants: SystemTenants,
});
export type WebhookSystem = z.output<typeof WebhookSystem>;
