import type { TableFinding } from "./discover.js";

/**
 * Which foreign keys a proposal lets a request walk. A walk must stay with one person, so a key is
 * proposed as not walked (direction: none, with the reason as a comment) when walking it could go
 * from one person to another:
 * - it links two tables that both hold identities (a customer's support representative, an
 *   employee's manager): both ends are people, and not the same one;
 * - it links a table that holds identities to rows that belong to a person (a customer's last invoice);
 * - it is one of several keys by which rows without identities point at people (an invoice's
 *   customer and its sales representative, a ticket's requester and its assignee): walking any of
 *   them from its person reaches rows that are also another person's; which one owns the rows is
 *   for a person to decide.
 * Other keys are walked from the parent, as before: a customer's invoices, an invoice's lines.
 */
export interface KeyDecision {
  walked: boolean;
  /** Why it is not walked: the comment above the reference in the proposed YAML. */
  reason?: string;
}

/** One single-column foreign key between proposed tables. */
export interface ProposedKey {
  table: string;
  column: string;
  parent: string;
}

/**
 * Decides per key, in the order given. The person a table's rows belong to (its "owner": the table
 * itself when it holds identities) flows down the walked keys; a fixed number of passes settles it,
 * because each pass can only turn an undecided owner into a decided one.
 */
export function decideKeys(tables: readonly TableFinding[], keys: readonly ProposedKey[]): KeyDecision[] {
  const people = new Set(tables.filter(holdsIdentities).map((t) => t.name));
  const owner = new Map<string, string>([...people].map((p) => [p, p]));
  let decisions: KeyDecision[] = [];
  for (let pass = 0; pass <= tables.length; pass++) {
    decisions = keys.map((key) => decide(key, keys, people, owner));
    const before = owner.size;
    for (const table of tables) {
      if (people.has(table.name)) continue;
      const owners = new Set(
        keys
          .map((k, i) => ({ k, d: decisions[i] as KeyDecision }))
          .filter(({ k, d }) => k.table === table.name && d.walked && owner.has(k.parent))
          .map(({ k }) => owner.get(k.parent) as string),
      );
      if (owners.size === 1) owner.set(table.name, [...owners][0] as string);
    }
    if (owner.size === before) break;
  }
  return decisions;
}

function decide(
  key: ProposedKey,
  keys: readonly ProposedKey[],
  people: Set<string>,
  owner: Map<string, string>,
): KeyDecision {
  const path = `${key.table}.${key.column}`;
  if (people.has(key.table)) {
    if (people.has(key.parent))
      return {
        walked: false,
        reason: `not walked: ${path} links ${key.table} to ${key.parent}, and both hold identities, so a walk would go from one person to another. Walk it (direction: from_parent, same_person: true) only if every ${key.table} row is its ${key.parent} row's own person.`,
      };
    const parentOwner = owner.get(key.parent);
    if (parentOwner !== undefined)
      return {
        walked: false,
        reason: `not walked: ${path} points at ${key.parent} rows, which belong to a ${parentOwner} person, so a walk would go from one person to another.`,
      };
    return { walked: true };
  }
  if (!owner.has(key.parent)) return { walked: true };
  // Keys of this table that point at a person's rows: one of them may be walked, not several.
  const toPeople = keys.filter((k) => k.table === key.table && owner.has(k.parent));
  const direct = toPeople.filter((k) => people.has(k.parent));
  const owners = new Set(toPeople.map((k) => owner.get(k.parent)));
  if (toPeople.length === 1 || (owners.size === 1 && direct.length <= 1)) return { walked: true };
  const columns = toPeople.map((k) => `${k.table}.${k.column}`).join(", ");
  return {
    walked: false,
    reason: `not walked: rows of ${key.table} point at more than one person (${columns}), so walking one of these from its person reaches rows that are also someone else's. Walk only the one to the person a row belongs to (direction: from_parent).`,
  };
}

function holdsIdentities(table: TableFinding): boolean {
  return table.columns.some((c) => c.guess.identity !== undefined);
}
