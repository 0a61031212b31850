import { z } from "zod";
import { Id, Period, Text } from "./common.js";
import { System } from "./systems/index.js";

/**
 * A database the request engine and retention sweeps work on. The URL is never in the register:
 * it comes from the environment variable named here, so the register can live in a public repository.
 */
export const Connection = z.strictObject({
  /** Optional: the URL says the dialect; when given it must match (a guard against pointing at the wrong server). */
  type: z.enum(["postgres", "mysql", "sqlite"]).optional(),
  url_env: z.string().regex(/^[A-Z][A-Z0-9_]*$/, "name an environment variable, e.g. APP_DATABASE_URL"),
  schema: z.string().min(1).optional(),
});

/**
 * How erasure treats a field. Without one it is erased irreversibly: NULL where the column allows it,
 * else a random value (identity fields, often unique) or the fixed value that fits the column. `hash`
 * keeps a keyed hash, which whoever holds the masking key can match again: pseudonymisation, still
 * personal data (Recital 26), so it wants a `hash_reason`. `keep` leaves a non-personal field as it is.
 */
export const MASKING = ["null", "fixed", "hash", "random", "delete_row", "keep"] as const;

export const Field = z.strictObject({
  category: Id.optional().describe("the data category this column holds"),
  identity: Id.optional().describe("an identity type that finds a person by this column (email, phone, ...)"),
  match: z
    .enum(["normalised", "exact"])
    .optional()
    .describe(
      "how an identity field is compared with the value asked for: normalised (trimmed, Unicode NFC, ignoring case; the default for e-mail) or exact (the very bytes; the default for other identity types)",
    ),
  masking: z
    .enum(MASKING)
    .optional()
    .describe(
      "how erasure treats the field: null, fixed, hash, random, delete_row or keep; without it the value is erased irreversibly (NULL, else a random or fixed value that fits the column)",
    ),
  fixed_value: z.string().optional(),
  hash_reason: Text.optional().describe(
    "why the field is kept as a keyed hash after erasure (e.g. to refuse a second trial to the same address); the statement and the access package say so",
  ),
  secret: z
    .boolean()
    .optional()
    .describe("a credential or secret (password hash, token, API key): never exported in an access package"),
  /** Data the person gave (Art. 20 portability) as opposed to derived data. */
  provided: z.boolean().optional(),
});

/**
 * A foreign-key edge, declared on the collection that holds the key (the child). By default a request
 * walks it from the parent to the child: a user's tickets are found from the user. `to_parent` walks it
 * the other way too, for parents that belong to the same person; it is never the default, because
 * walking from a user up to the organisation and back down would reach other people's rows. `none`
 * declares a key that links one person to another (a customer's support representative, an employee's
 * manager): known, ordered for erasure, never walked.
 */
export const Reference = z.strictObject({
  field: z.string().min(1),
  to: z.string().regex(/^[A-Za-z_][\w]*\.[A-Za-z_][\w]*$/, "write collection.field"),
  direction: z.enum(["from_parent", "to_parent", "both", "none"]).default("from_parent"),
  same_person: z
    .boolean()
    .optional()
    .describe(
      "every row of the child belongs to the person of the parent row it points at (an invoice that copies its account's e-mail, a message whose author is the ticket's own user): `check` stops warning that the walk may reach other people; the engine still refuses a request that does",
    ),
});

export const CollectionHold = z
  .strictObject({
    ground: z.enum(["legal_obligation", "legal_claims", "public_interest", "archiving"]),
    law: z.string().min(1).optional(),
    period: Period.optional().describe("how long rows are kept; with since, counted from that date column"),
    since: z
      .string()
      .min(1)
      .optional()
      .describe("the date column the period counts from; without it the hold always applies"),
    follows: z
      .string()
      .min(1)
      .optional()
      .describe(
        "a reference field of this collection: a row is kept as long as the row it points at is kept (an invoice line as long as its invoice)",
      ),
    description: Text.optional(),
  })
  .superRefine((hold, ctx) => {
    if (hold.follows === undefined && hold.period === undefined)
      ctx.addIssue({ code: "custom", path: ["period"], message: "a hold needs a period, or follows: a reference field" });
    if (hold.follows !== undefined && (hold.period !== undefined || hold.since !== undefined))
      ctx.addIssue({
        code: "custom",
        path: ["follows"],
        message: "a hold that follows another row takes that row's period: leave out period and since",
      });
  });

/**
 * Which retention rule governs a collection and where its start event is: the date column the rule's
 * period counts from. A bare rule id (the older form) names the rule without the column; `check`
 * reports it, since a sweep cannot tell which rows are due.
 */
export const CollectionRetention = z.strictObject({
  rule: Id,
  since: z.string().min(1).describe("the date column holding the rule's start event (e.g. ended_at)"),
  tenant: z
    .string()
    .min(1)
    .optional()
    .describe("the column holding the tenant's key, so a legal hold on a tenant keeps these rows"),
});

export const Collection = z.strictObject({
  connection: Id,
  table: z.string().min(1),
  schema: z.string().min(1).optional(),
  primary_key: z.string().min(1).default("id"),
  fields: z.record(z.string().min(1), Field).default({}),
  references: z.array(Reference).default([]),
  /** Erasure default for the collection: mask the personal fields, or delete the row. */
  erasure: z.enum(["mask", "delete"]).default("mask"),
  holds: z.array(CollectionHold).default([]),
  /** How restriction is recorded: a nullable timestamp column, or a side table Waarborg manages. */
  restriction: z
    .union([
      z.strictObject({
        column: z
          .string()
          .min(1)
          .describe(
            "a nullable timestamp column of the table that the application already honours; restriction sets it, lifting clears it",
          ),
      }),
      z.strictObject({
        side_table: z
          .string()
          .min(1)
          .describe(
            "a table Waarborg creates in the same database (collection, row_key, ground, restricted_at), one row per restricted row; the application must leave those rows alone",
          ),
      }),
    ])
    .optional()
    .describe("how restricted rows are marked (Art. 18, and rows kept under a hold): column or side_table"),
  tenant: z
    .string()
    .min(1)
    .optional()
    .describe(
      "the column holding the tenant's key where the company processes its customers' data: a request filed with a tenant's token reaches only rows with that key here (retention.tenant, the older place, means the same column)",
    ),
  processed_for_tenant: z
    .boolean()
    .optional()
    .describe(
      "the company processes these rows for the tenant in the tenant column, as its processor (Art. 28): a person's own request does not disclose or change them but refers the person to that tenant; a request the tenant files reaches them",
    ),
  retention: z.union([Id, CollectionRetention]).optional(),
  after: z
    .array(z.string().min(1))
    .optional()
    .describe(
      "collections an erasure must finish before this one, beyond what references order; across connections this orders the connections' transactions",
    ),
});

export const Datasets = z.strictObject({
  connections: z.record(Id, Connection).default({}),
  collections: z.record(z.string().regex(/^[A-Za-z_]\w*$/), Collection).default({}),
  systems: z
    .record(Id, System)
    .default({})
    .describe("systems reached other than by a database connection, by kind (http: an API the engine calls; manual: one people search by hand, through tasks)"),
})
  // A system's records are a section of the access package named by its id, as a collection's are.
  .superRefine((datasets, ctx) => {
    for (const id of Object.keys(datasets.systems))
      if (Object.hasOwn(datasets.collections, id))
        ctx.addIssue({
          code: "custom",
          path: ["systems", id],
          message: `a collection is named "${id}" too: the access package would hold both under one name`,
        });
  });
