import { NAME_RULES } from "./name-rules.js";
import type { ContentKind } from "./profile.js";
import { snake, type TableKind, tableKind } from "./tables.js";
import { typeClass } from "./types.js";

/** What a column's name says about it. */
export interface NameMatch {
  category: string;
  /** The content check that can confirm or contradict the name. */
  check?: ContentKind;
  /** An identity type that finds a person by this column. */
  identity?: string;
  /** Vague names ("mail", "location", "name" in an unknown table) make a weaker guess. */
  vague: boolean;
  evidence: string;
}

/** The category a column's name suggests within its table, if any. */
export function matchName(table: string, column: string, type: string): NameMatch | undefined {
  const name = snake(column);
  const kind = tableKind(table);
  const cls = typeClass(type);
  const rule = NAME_RULES.find(
    (r) =>
      r.pattern.test(name) &&
      r.types.includes(cls) &&
      (r.tables === undefined || (kind !== undefined && r.tables.includes(kind))),
  );
  if (!rule) return undefined;
  const match: NameMatch = {
    category: rule.category,
    vague: rule.vague ?? false,
    evidence: rule.tables ? `name "${column}" in ${article(kind as TableKind)} ${kind} table` : `name "${column}"`,
  };
  if (rule.check) match.check = rule.check;
  if (rule.identity) match.identity = rule.identity;
  return match;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");
