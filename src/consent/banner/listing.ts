import type { ShownPurpose } from "./shape.js";

/**
 * What a purpose sets, as one line under its checkbox: each cookie with its provider and duration,
 * then each category with only what the register records of it (a kind without providers or a
 * duration is named alone, never with a guess).
 */
export function purposeListing(purpose: ShownPurpose): string {
  const cookies = purpose.cookies.map((c) => `${c.name} (${c.provider}, ${c.duration})`);
  const kinds = (purpose.categories ?? []).map((c) => {
    const known = [c.providers, c.duration].filter((part) => part !== "");
    return known.length > 0 ? `${c.name} (${known.join(", ")})` : c.name;
  });
  return [...cookies, ...kinds].join("; ");
}
