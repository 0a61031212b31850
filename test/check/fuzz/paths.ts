/** A parsed YAML or JSON value, and a step into it. */
export type Json = unknown;
export type Step = string | number;

/** Every path in a JSON tree, parents before children. */
export function pathsOf(value: Json, prefix: Step[] = []): Step[][] {
  const out: Step[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** The container holding the value at `path` (which must exist), and the last step into it. */
export function parentOf(doc: Json, path: readonly Step[]): [Record<Step, Json>, Step] {
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<Step, Json>)[key], doc);
  return [parent as Record<Step, Json>, path[path.length - 1] as Step];
}
