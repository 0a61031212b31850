import { z } from "zod";
import { Id, Period, Text } from "./common.js";

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

export const MASKING = ["null", "fixed", "hash", "random", "delete_row"] as const;

export const Field = z.strictObject({
  category: Id.optional().describe("the data category this column holds"),
  identity: Id.optional().describe("an identity type that finds a person by this column (email, phone, ...)"),
  masking: z.enum(MASKING).optional(),
  fixed_value: z.string().optional(),
  /** Data the person gave (Art. 20 portability) as opposed to derived data. */
  provided: z.boolean().optional(),
});

/**
 * A foreign-key edge, declared on the collection that holds the key (the child). By default a request
 * walks it from the parent to the child: a user's tickets are found from the user. `to_parent` walks it
 * the other way too, for parents that belong to the same person; it is never the default, because
 * walking from a user up to the organisation and back down would reach other people's rows.
 */
export const Reference = z.strictObject({
  field: z.string().min(1),
  to: z.string().regex(/^[A-Za-z_][\w]*\.[A-Za-z_][\w]*$/, "write collection.field"),
  direction: z.enum(["from_parent", "to_parent", "both"]).default("from_parent"),
});

export const CollectionHold = z.strictObject({
  ground: z.enum(["legal_obligation", "legal_claims", "public_interest", "archiving"]),
  law: z.string().min(1).optional(),
  period: Period,
  /** The date column the hold period counts from; without it the hold always applies. */
  since: z.string().min(1).optional(),
  description: Text.optional(),
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
    .union([z.strictObject({ column: z.string().min(1) }), z.strictObject({ side_table: z.string().min(1) })])
    .optional(),
  retention: Id.optional(),
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
});
