import { registerJsonSchema } from "./json-schema.js";

/** A JSON Schema node, as much of it as the reference needs. */
interface Node {
  type?: string | string[];
  $ref?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: Node | boolean;
  /** A map whose keys come from a fixed list (cookie kinds): the list is its type. */
  propertyNames?: Node;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
}

interface Row {
  path: string;
  type: string;
  required: boolean;
  notes: string;
}

const refName = (ref: string) => ref.replace("#/$defs/", "");

function typeOf(node: Node): string {
  if (node.$ref) return refName(node.$ref);
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(" \\| ");
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  const options = node.anyOf ?? node.oneOf;
  if (options) return options.map(typeOf).join(" or ");
  if (node.type === "array") return `list of ${node.items ? typeOf(node.items) : "values"}`;
  if (node.type === "object" && !node.properties && typeof node.additionalProperties === "object") {
    return node.propertyNames?.enum ? `map keyed by ${typeOf(node.propertyNames)}` : "map";
  }
  if (Array.isArray(node.type)) return node.type.join(" or ");
  return node.format ?? node.type ?? "any";
}

function notesOf(node: Node): string {
  const parts: string[] = [];
  if (node.description) parts.push(node.description);
  if (node.default !== undefined && !(typeof node.default === "object" && node.default !== null)) {
    parts.push(`default \`${String(node.default)}\``);
  }
  if (node.pattern && !node.$ref && !node.format) parts.push(`pattern \`${node.pattern}\``);
  return parts.join("; ").replaceAll("|", "\\|");
}

/** Flattens the schema into one row per key, with `<id>` standing for the entries of a map. */
function rows(node: Node, path: string, required: boolean, out: Row[]): void {
  out.push({ path, type: typeOf(node), required, notes: notesOf(node) });
  const objectLike =
    node.type === "object" ? node : node.type === "array" && node.items?.type === "object" ? node.items : undefined;
  if (!objectLike) {
    for (const option of node.anyOf ?? [])
      if (option.type === "object" && option.properties) rows(option, path, false, []);
    return;
  }
  const base = node.type === "array" ? `${path}[]` : path;
  for (const [key, child] of Object.entries(objectLike.properties ?? {})) {
    rows(child, `${base}.${key}`, objectLike.required?.includes(key) ?? false, out);
  }
  if (typeof objectLike.additionalProperties === "object" && !objectLike.properties) {
    const entry = objectLike.additionalProperties;
    // A map of a union by kind (datasets.systems): each kind's keys, the kind itself saying which.
    for (const option of entry.type === "object" ? [entry] : (entry.oneOf ?? entry.anyOf ?? [])) {
      if (option.type !== "object") continue;
      for (const [key, child] of Object.entries(option.properties ?? {})) {
        rows(child, `${base}.<id>.${key}`, option.required?.includes(key) ?? false, out);
      }
    }
  }
}

/** The register reference (docs/register.md), generated from the same schema that validates registers. */
export function registerReference(): string {
  const schema = registerJsonSchema() as Node & { $defs?: Record<string, Node> };
  const lines = [
    "# Register reference",
    "",
    "Generated from the register schema by `npm run docs`; do not edit by hand. Every key of",
    "`privacy.yaml`, its type, whether it is required and what it means. `<id>` stands for an entry name you",
    "choose (lower case, digits, `_` and `.`).",
    "",
  ];
  for (const [name, def] of Object.entries(schema.$defs ?? {}))
    lines.push(`- **${name}**: ${def.description ?? typeOf(def)}`);
  for (const [section, node] of Object.entries(schema.properties ?? {})) {
    const out: Row[] = [];
    rows(node, section, schema.required?.includes(section) ?? false, out);
    lines.push("", `## \`${section}\``, "", "| key | type | required | notes |", "| --- | --- | --- | --- |");
    for (const row of out)
      lines.push(`| \`${row.path}\` | ${row.type} | ${row.required ? "yes" : ""} | ${row.notes} |`);
  }
  return `${lines.join("\n")}\n`;
}
