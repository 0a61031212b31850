import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse } from "yaml";
import { toBlockYaml } from "./emit.js";
import { type Json, parentOf, pathsOf } from "./paths.js";
import { variations, vary } from "./schema-variations.js";
import { TOKENS } from "./text.js";

/** The demo register and ways to damage it: the fuzzer's most realistic inputs. */

const read = (name: string) => readFileSync(new URL(`../../../examples/demo/${name}`, import.meta.url), "utf8");

export const DEMO_TEXT = read("privacy.yaml");
const MAIN = parse(DEMO_TEXT) as Record<string, Json>;
const INCLUDED = ((MAIN.include as string[] | undefined) ?? []).map((name) => [name, read(name)] as const);

/** The files the demo includes, where the fuzzer's in-memory register (in /r/) looks for them. */
export const DEMO_INCLUDES: Record<string, string> = Object.fromEntries(
  INCLUDED.map(([name, text]) => [`/r/${name}`, text]),
);

/** The demo as one document, its included sections merged in, so structured mutations reach them too. */
export const DEMO: Record<string, Json> = (() => {
  const doc: Record<string, Json> = { ...MAIN };
  delete doc.include;
  for (const [, text] of INCLUDED) {
    for (const [section, value] of Object.entries(parse(text) as Record<string, Json>)) {
      const current = doc[section];
      doc[section] = current && typeof current === "object" ? { ...(current as object), ...(value as object) } : value;
    }
  }
  return doc;
})();

export function typo(text: string, at: number, char: string, kind: number): string {
  const i = text.length === 0 ? 0 : at % text.length;
  switch (kind % 4) {
    case 0:
      return text.slice(0, i) + text.slice(i + 1);
    case 1:
      return text.slice(0, i) + char + text.slice(i);
    case 2:
      return text.slice(0, i) + (text[i + 1] ?? "") + (text[i] ?? "") + text.slice(i + 2);
    default:
      return text.slice(0, i) + char + text.slice(i + 1);
  }
}

const nested = (depth: number, leaf: Json, asMap: boolean): Json => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asMap ? { n: value } : [value];
  return value;
};

const wrongValue = fc.oneof(
  fc.constantFrom<Json>("", 0, -1, 1.5, true, false, null, [], {}, "x".repeat(5000), "NL00", "P", "0 days", "-1 years"),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .tuple(fc.integer({ min: 1, max: 50 }), fc.jsonValue({ maxDepth: 1 }), fc.boolean())
    .map(([d, l, m]) => nested(d, l, m)),
);

interface Mutation {
  pick: number;
  op: "delete" | "replace" | "typo-key" | "typo-value" | "clone-sibling";
  value: Json;
  at: number;
  char: string;
  kind: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom(
    "delete" as const,
    "replace" as const,
    "typo-key" as const,
    "typo-value" as const,
    "clone-sibling" as const,
  ),
  value: wrongValue,
  at: fc.nat(),
  char: fc.string({ unit: "binary", minLength: 1, maxLength: 2 }),
  kind: fc.nat(3),
});

function mutate(doc: Record<string, Json>, steps: readonly Mutation[]): Record<string, Json> {
  for (const step of steps) {
    const all = pathsOf(doc).filter((p) => p.length > 0);
    const path = all[step.pick % all.length];
    if (!path) continue;
    const [parent, key] = parentOf(doc, path);
    const current = parent[key];
    if (step.op === "delete") {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (step.op === "replace") parent[key] = structuredClone(step.value);
    else if (step.op === "typo-key" && !Array.isArray(parent)) {
      delete parent[key];
      parent[typo(String(key), step.at, step.char, step.kind)] = current;
    } else if (step.op === "typo-value" && typeof current === "string") {
      parent[key] = typo(current, step.at, step.char, step.kind);
    } else if (step.op === "clone-sibling" && !Array.isArray(parent)) {
      parent[`${String(key)}_${step.at % 10}`] = structuredClone(current);
    }
  }
  return doc;
}

/** Maps of entries by id, as paths; leaving entries out keeps the register valid. */
const ENTRY_SECTIONS = [
  ["subjects"],
  ["activities"],
  ["retention"],
  ["recipients"],
  ["automated_decisions"],
  ["datasets", "collections"],
];

/**
 * The demo with about two entries in three of those maps left out. Parsing YAML dominates the cost of a
 * check, and a smaller register keeps thousands of runs fast while every kind of section still occurs.
 */
export const demoSlice = fc.array(fc.nat(2), { minLength: 32, maxLength: 32 }).map((keep) => {
  const doc = structuredClone(DEMO);
  let bit = 0;
  for (const path of ENTRY_SECTIONS) {
    const entries = path.reduce<Json>((node, key) => (node as Record<string, Json> | undefined)?.[key], doc);
    if (!entries || typeof entries !== "object") continue;
    for (const key of Object.keys(entries))
      if (keep[bit++ % keep.length] !== 0) delete (entries as Record<string, Json>)[key];
  }
  return doc;
});

/** The demo sliced and varied within the schema, so the legal rules run on odd but valid registers. */
export const variedDemo = fc.tuple(demoSlice, variations).map(([doc, steps]) => toBlockYaml(vary(doc, steps)));

export const mutatedDemo = fc
  .tuple(demoSlice, fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([doc, steps]) => toBlockYaml(mutate(doc, steps)));

export const damagedDemoText = fc
  .tuple(
    fc.oneof({ weight: 5, arbitrary: demoSlice.map(toBlockYaml) }, fc.constant(DEMO_TEXT)),
    fc.nat(),
    fc.nat(200),
    fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "binary", maxLength: 20 })),
    fc.nat(3),
  )
  .map(([text, offset, length, insert, kind]) => {
    const at = offset % (text.length + 1);
    switch (kind) {
      case 0:
        return text.slice(0, at); // truncated
      case 1:
        return text.slice(0, at) + insert + text.slice(at);
      case 2:
        return text.slice(0, at) + text.slice(at + length);
      default: {
        const lines = text.split("\n");
        const i = at % lines.length;
        lines.splice(i, 0, lines[i] ?? ""); // a duplicated line: usually a duplicate key
        return lines.join("\n");
      }
    }
  });

const NAMES = ["/r/privacy.yaml", "/r/a.yaml", "/r/b.yaml", "/r/parts/c.yaml", "/r/missing.yaml"];
const SECTIONS = Object.entries(DEMO);
/** The demo's sections spread over files that include each other, some missing or cyclic. */
export const includes = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(SECTIONS.length - 1), fc.nat(NAMES.length - 2)), { maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(NAMES.length - 2), fc.constantFrom(...NAMES, "../x.yaml", "", "/etc/none")), {
      maxLength: 6,
    }),
  )
  .map(([placements, links]) => {
    const docs: Record<string, Record<string, Json>> = {};
    for (const name of NAMES.slice(0, -1)) docs[name] = {};
    for (const [section, file] of placements) {
      const [key, value] = SECTIONS[section] as [string, Json];
      (docs[NAMES[file] as string] as Record<string, Json>)[key] = value;
    }
    for (const [from, to] of links) {
      const doc = docs[NAMES[from] as string] as Record<string, Json>;
      const relative = to.startsWith("/r/") ? to.slice(3) : to;
      doc.include = [...((doc.include as string[] | undefined) ?? []), relative];
    }
    return Object.fromEntries(Object.entries(docs).map(([name, doc]) => [name, toBlockYaml(doc)]));
  });
