import { z } from "zod";
import { Id, Text } from "../common.js";
import { SystemTenants, TENANT_PLACEHOLDER } from "./tenants.js";

/** The name of an environment variable: URLs and secrets come from there, never from the register. */
const EnvName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "name an environment variable, e.g. MAILCHIMP_API_KEY");

/** How Waarborg signs in to the API. Only the names of the variables holding the secrets are written here. */
export const HttpAuth = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("bearer"),
    token_env: EnvName.describe("the environment variable holding the bearer token"),
  }),
  z.strictObject({
    type: z.literal("basic"),
    username: z
      .string()
      .optional()
      .describe("a fixed user name, when the API ignores it (Mailchimp takes any); else username_env"),
    username_env: EnvName.optional().describe("the environment variable holding the user name"),
    password_env: EnvName.describe("the environment variable holding the password or API key"),
  }),
  z.strictObject({
    type: z.literal("header"),
    name: z.string().regex(/^[A-Za-z0-9-]+$/, "a header name such as X-Api-Key"),
    value_env: EnvName.describe("the environment variable holding the header's value"),
  }),
]);

/**
 * Text with placeholders: `{identity.email}` (URL-encoded in a path or query), `{identity.email|md5}`
 * (of the trimmed, lower-case address, as Mailchimp's subscriber hash), `|sha256`, `|lower`,
 * `{record.id}` (a field of a record the access request found), `{correction.name}` (a value the
 * person asked to correct) and `{tenant}` (the key of the tenant whose request it is; only in a
 * system recorded as `tenants: scoped`).
 */
const Template = z.string().min(1);

/** How to walk an answer that comes in pages. */
export const HttpPagination = z.discriminatedUnion("style", [
  z.strictObject({
    style: z.literal("cursor"),
    param: z.string().min(1).describe("the query parameter that takes the cursor (Stripe: page)"),
    next_path: z.string().min(1).describe("where the answer holds the next cursor (Stripe: next_page)"),
    more_path: z
      .string()
      .min(1)
      .optional()
      .describe("where the answer says whether more pages follow (Stripe: has_more); without it, until no cursor"),
  }),
  z.strictObject({
    style: z.literal("page"),
    param: z.string().min(1).describe("the query parameter that takes the page number or offset"),
    start: z.number().int().min(0).default(1).describe("the first page number (0 for an offset)"),
    size: z.number().int().min(1).describe("the records per page; a shorter page is the last"),
    size_param: z.string().min(1).optional().describe("the query parameter that takes the page size"),
    offset: z.boolean().default(false).describe("the parameter counts records (offset), not pages"),
  }),
  z.strictObject({
    style: z.literal("link"),
    // RFC 8288: the next page's URL in a `Link: <...>; rel="next"` header, on the same origin only.
  }),
]);

/** One call the engine makes for an operation. */
export const HttpRequestTemplate = z.strictObject({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).describe("the HTTP method"),
  path: Template.describe(
    "the path after the base URL, with placeholders such as {identity.email|md5} or {record.id}; query allowed",
  ),
  headers: z
    .record(z.string().regex(/^[A-Za-z0-9-]+$/), z.string())
    .default({})
    .describe("headers to send (never a secret: those come from auth); {tenant} is the only placeholder filled here"),
  body: z
    .record(z.string().min(1), Template)
    .optional()
    .describe("the body's fields, each a template; a field whose placeholder has no value is left out"),
  body_format: z.enum(["json", "form"]).default("json").describe("json, or form (application/x-www-form-urlencoded)"),
  records: z
    .string()
    .optional()
    .describe("where the answer holds the records (a dotted path such as data; empty for the answer itself)"),
  pagination: HttpPagination.optional().describe("how the answer comes in pages: cursor, page or link"),
  not_found: z
    .array(z.number().int().min(400).max(499))
    .default([404])
    .describe("statuses that mean the system holds nothing about the person"),
});

/**
 * An objection's call (Art. 21): only for an objection to one of these activities, or to direct
 * marketing when one of them has a marketing purpose kind. An objection to anything else leaves the
 * system alone, so the register says which objections the call carries out, never a default.
 */
export const HttpObjectionTemplate = HttpRequestTemplate.extend({
  activities: z
    .array(Id)
    .min(1, "name the activities (keys of activities) an objection to which this call carries out")
    .describe(
      "the activities an objection to which this call carries out; an objection to direct marketing when one is marketing.*",
    ),
});

/** A withdrawal's call (Art. 7(3)): only when consent to one of these purposes is withdrawn. */
export const HttpWithdrawalTemplate = HttpRequestTemplate.extend({
  purposes: z
    .array(Id)
    .min(1, "name the consent purposes (keys of consent.purposes) whose withdrawal this call carries out")
    .describe("the consent purposes (keys of consent.purposes) whose withdrawal this call carries out"),
});

const OPERATIONS = ["access", "erasure", "rectification", "restriction", "objection", "withdrawal"] as const;

export const HttpSystem = z
  .strictObject({
  kind: z.literal("http").describe("http: an API the engine calls"),
  label: Text.describe("what the person reads as the source in the access package (e.g. the newsletter tool)"),
  base_url_env: EnvName.describe("the environment variable holding the API's base URL"),
  auth: HttpAuth.optional().describe("how Waarborg signs in: bearer, basic or header, secrets from the environment"),
  identity: Id.default("email").describe("the identity type the system finds a person by"),
  fields: z
    .record(z.string().min(1), Id)
    .default({})
    .describe(
      "the records' fields (dotted paths) handed to the person in an access package, each with its data category",
    ),
  access: HttpRequestTemplate.optional().describe("finds the person's records; also what erasure per record acts on"),
  erasure: HttpRequestTemplate.optional().describe(
    "erases the person; with {record.…} placeholders once per record access found",
  ),
  rectification: HttpRequestTemplate.optional().describe(
    "corrects the person's data with {correction.field}; with {record.…} once per record access found",
  ),
  restriction: HttpRequestTemplate.optional().describe(
    "marks the person restricted (Art. 18); with {record.…} once per record access found; without it, the system is left out",
  ),
  objection: HttpObjectionTemplate.optional().describe(
    "stops what an objection is against (Art. 21), e.g. unsubscribes; only for the activities it names",
  ),
  withdrawal: HttpWithdrawalTemplate.optional().describe(
    "stops what a withdrawn consent covered (Art. 7(3)), e.g. unsubscribes; only for the purposes it names",
  ),
  rate_limit: z
    .strictObject({ per_second: z.number().positive().describe("the most requests per second Waarborg sends") })
    .optional()
    .describe("how fast Waarborg may call the API; a 429's Retry-After is honoured besides"),
  retries: z
    .strictObject({
      attempts: z.number().int().min(1).max(10).default(4).describe("tries in all for one call, the first included"),
      base_delay_ms: z.number().int().min(1).default(500).describe("the first wait; it doubles per try, with jitter"),
      max_delay_ms: z.number().int().min(1).default(30_000).describe("the longest wait, Retry-After included"),
      timeout_ms: z
        .number()
        .int()
        .min(1)
        .default(30_000)
        .describe("how long one try may take before it counts as a network error"),
    })
    .prefault({})
    .describe("how a call that meets a network error, a 5xx or a 429 is tried again"),
  idempotency_header: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/)
    .optional()
    .describe("the header that takes an idempotency key (Stripe: Idempotency-Key), the same on every retry"),
  tenants: SystemTenants,
})
  // A tenant's key goes only to a system recorded as told which tenant: elsewhere it could be sent to
  // a service that keeps all customers' people together, or be filled in for no tenant at all.
  .superRefine((system, ctx) => {
    if (system.tenants === "scoped") return;
    for (const operation of OPERATIONS) {
      const template = system[operation];
      if (!template) continue;
      const places: [string[], string][] = [
        [["path"], template.path],
        ...Object.entries(template.headers).map(([k, v]): [string[], string] => [["headers", k], v]),
        ...Object.entries(template.body ?? {}).map(([k, v]): [string[], string] => [["body", k], v]),
      ];
      for (const [path, text] of places)
        if (TENANT_PLACEHOLDER.test(text))
          ctx.addIssue({
            code: "custom",
            path: [operation, ...path],
            message: "{tenant} is filled in only for a system recorded as tenants: scoped",
          });
    }
  });
export type HttpSystem = z.output<typeof HttpSystem>;
export type HttpRequestTemplate = z.output<typeof HttpRequestTemplate>;
