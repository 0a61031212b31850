import fc from "fast-check";
import { keysAt } from "../../../src/register/zod-issues.js";

/** Random text, deep nesting, aliases and include graphs: inputs no one writes on purpose. */

/** The register's section names and a few keys found in every section. */
const KEYS = [...keysAt([]), "name", "purpose", "legal_basis", "period", "kind"];
export const TOKENS = [
  "\n",
  "\n  ",
  "\n    ",
  "  ",
  "- ",
  ": ",
  ":",
  "[",
  "]",
  "{",
  "}",
  ", ",
  "&a ",
  "*a",
  "&b ",
  "*b",
  "!!str ",
  "!!map ",
  "!!binary ",
  "!custom ",
  "? ",
  "|\n",
  ">-\n",
  "---\n",
  "...\n",
  "%YAML 1.2\n",
  "# c",
  "'",
  '"',
  "\t",
  "<<: ",
  "~",
  "null",
  "true",
  "1e999",
  "0x1F",
  "-.inf",
  "2026-13-45",
  "\u0000",
  "\ufeff",
  "\u2028",
  "é",
  "🙂",
  "\ud800",
  ...KEYS.map((k) => `${k}: `),
];
export const yamlSoup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
      fc.string({ maxLength: 8 }),
      fc.nat(99_999).map(String),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(""));
export const randomUnicode = fc.string({ unit: "binary", maxLength: 300 });

/** Enough of a register to pass the schema's required sections, so nesting is what is tested. */
const SMALL = 'organization: { name: Voorbeeld B.V. }\nstatement: { version: "1", effective_date: "2026-01-01" }\n';

export const deepNesting = fc
  .tuple(fc.integer({ min: 1, max: 1500 }), fc.constantFrom("[", "{a: ", "- "), fc.constantFrom(...KEYS))
  .map(([depth, open, key]) => {
    const body =
      open === "- "
        ? Array.from({ length: Math.min(depth, 400) }, (_, i) => `${" ".repeat(2 * i + 2)}- `).join("\n")
        : open.repeat(depth) + (open === "[" ? "]" : "}").repeat(depth);
    return `${SMALL}${key}${depth % 2 ? "_deep" : ""}: ${open === "- " ? "\n" : ""}${body}\n`;
  });

export const aliases = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.boolean())
  .map(([levels, fan, dangling]) => {
    const lines = ["l0: &l0 [x]"];
    for (let i = 1; i <= levels; i++)
      lines.push(
        `l${i}: &l${i} [${Array(fan)
          .fill(`*l${i - 1}`)
          .join(", ")}]`,
      );
    if (dangling) lines.push("organization: *nowhere");
    return `${lines.join("\n")}\n${SMALL}`;
  });
