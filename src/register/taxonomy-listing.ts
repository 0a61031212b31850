import type { Lang } from "../kernel/index.js";
import type { Register } from "./schema/register.js";
import { DATA_CATEGORIES, dataCategories, PURPOSES, purposes, SUBJECT_KINDS, subjectKinds } from "./taxonomy.js";

/** One entry a register can name: its id, label, and whether Waarborg ships it or the register adds it. */
export interface TaxonomyEntry {
  id: string;
  label: string;
  origin: "shipped" | "register";
  special?: "art9" | "art10" | "bsn";
  secret?: true;
}

export interface TaxonomyListing {
  data_categories: TaxonomyEntry[];
  purposes: TaxonomyEntry[];
  subject_kinds: TaxonomyEntry[];
}

/**
 * What `category:`, `purpose_kind:` and subject `kind:` can name: the shipped taxonomy, and with a
 * register also what its own `taxonomy:` adds (a register's entry under a shipped id replaces it).
 */
export function taxonomyListing(lang: Lang, register?: Register): TaxonomyListing {
  const origin = (shipped: object, id: string): TaxonomyEntry["origin"] =>
    register && !Object.hasOwn(shipped, id) ? "register" : "shipped";
  const categories = register ? dataCategories(register) : DATA_CATEGORIES;
  const labelled = (all: Record<string, { nl: string; en: string }>, shipped: object): TaxonomyEntry[] =>
    Object.entries(all).map(([id, label]) => ({ id, label: label[lang], origin: origin(shipped, id) }));
  return {
    data_categories: Object.entries(categories).map(([id, info]) => ({
      id,
      label: info.label[lang],
      origin: origin(DATA_CATEGORIES, id),
      ...(info.special ? { special: info.special } : {}),
      ...(info.secret ? { secret: true as const } : {}),
    })),
    purposes: labelled(register ? purposes(register) : PURPOSES, PURPOSES),
    subject_kinds: labelled(register ? subjectKinds(register) : SUBJECT_KINDS, SUBJECT_KINDS),
  };
}
