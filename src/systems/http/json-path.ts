/**
 * Reads a dotted path (`data`, `merge_fields.FNAME`, `items.0.id`, optionally after `$.`) from a JSON
 * answer. An empty path or `$` is the answer itself. No filters or wildcards: the register names where
 * the records are, it does not query them.
 */
export function getPath(value: unknown, path: string | undefined): unknown {
  const bare = (path ?? "").replace(/^\$\.?/, "");
  if (bare === "") return value;
  let at: unknown = value;
  for (const step of bare.split(".")) {
    if (at === null || typeof at !== "object") return undefined;
    at = Object.hasOwn(at, step) ? (at as Record<string, unknown>)[step] : undefined;
  }
  return at;
}

/** The records of an answer: a list as it is, one object as a list of one, nothing as none. */
export function recordsAt(answer: unknown, path: string | undefined): Record<string, unknown>[] {
  const found = getPath(answer, path);
  if (Array.isArray(found))
    return found.filter((r): r is Record<string, unknown> => r !== null && typeof r === "object");
  if (found !== null && typeof found === "object") return [found as Record<string, unknown>];
  return [];
}
