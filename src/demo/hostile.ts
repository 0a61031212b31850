/**
 * Identities that break naive engines: quotes, diacritics in two Unicode forms, SQL text, LIKE
 * wildcards, backslashes, trailing spaces and case. Each belongs to one demo user, so a lookup of any
 * of them must find exactly that user and never a neighbour it resembles.
 */
export interface HostileIdentity {
  email: string;
  name: string;
  /** Why the value is here: what an engine that gets it wrong would do. */
  trap: string;
}

export const HOSTILE_IDENTITIES: readonly HostileIdentity[] = [
  { email: "o'brien@hostile.example", name: "Seán O'Brien", trap: "a quote that ends a spliced string literal" },
  { email: "zoë@hostile.example".normalize("NFC"), name: "Zoë Jansen", trap: "a precomposed ë (NFC)" },
  {
    email: "zoë@hostile.example".normalize("NFD"),
    name: "Zoë Jansen".normalize("NFD"),
    trap: "the same text decomposed (NFD): a different value that accent-insensitive collations confuse",
  },
  { email: "x@y.nl' OR '1'='1", name: "Injectie Test", trap: "SQL that matches every row when spliced" },
  {
    email: "robert'); DROP TABLE users;--@hostile.example",
    name: "Robert Tables",
    trap: "SQL that drops a table when spliced",
  },
  { email: "100%_korting@hostile.example", name: "Procent Liggend", trap: "LIKE wildcards % and _" },
  { email: "a_b@wildcard.example", name: "Anna Bos", trap: "_ matches any one character under LIKE" },
  { email: "axb@wildcard.example", name: "Axel Bos", trap: "what a_b matches under LIKE" },
  { email: "back\\slash@hostile.example", name: "Bas Slash", trap: "a backslash, an escape character in MySQL" },
  { email: "trailing@hostile.example", name: "Tim Spatie", trap: "the same address without a trailing space" },
  {
    email: "trailing@hostile.example ",
    name: "Tom Spatie",
    trap: "a trailing space, equal to the address without it under PAD SPACE collations",
  },
  {
    email: "Piet@Hostile.example",
    name: "Piet Hoofdletter",
    trap: "upper case, equal under case-insensitive collations",
  },
  { email: "piet@hostile.example", name: "Piet Kleinletter", trap: "the same address in lower case" },
];

/**
 * The users (1-based ids) that carry the hostile identities: spread evenly over the population so
 * they land in different organisations, some as the owner who receives the invoices.
 */
export function hostileUserIds(subjects: number): number[] {
  const count = HOSTILE_IDENTITIES.length;
  if (subjects <= count) return Array.from({ length: subjects }, (_, i) => i + 1);
  return Array.from({ length: count }, (_, i) => 1 + Math.floor(((i + 0.5) * subjects) / count));
}
