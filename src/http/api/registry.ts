import { z } from "zod";

/**
 * The API's named schemas: each becomes a component of the OpenAPI document (`#/components/schemas`),
 * generated from the same zod schema that validates the requests and serializes the responses.
 */
export const apiSchemas = z.registry<{ id?: string; description?: string }>();

/**
 * A description for the document. zod's own `.describe()` writes to its global registry, which also
 * holds the register's schemas; the API's document reads this registry only, so descriptions go here.
 */
export function doc<T extends z.ZodType>(schema: T, description: string): T {
  apiSchemas.add(schema, { description });
  return schema;
}
