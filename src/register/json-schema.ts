import { z } from "zod";
import { RegisterSchema } from "./schema/register.js";

/** The register's JSON Schema, for editors (yaml-language-server) to validate and autocomplete. */
export function registerJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(RegisterSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://waarborg.example/schema/register.schema.json",
    title: "Waarborg register (privacy.yaml)",
  };
}
