import { createHash } from "node:crypto";
import type { DocumentModel } from "../documents/index.js";
import { type Lang, LANGUAGES } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { buildStatement } from "./build.js";
import type { Store } from "../store/index.js";

/**
 * The archive of privacy statement versions, kept in the store's settings. Each start-up records the
 * register's current version; once the register moves on, the earlier text stays readable exactly as
 * it was published, because the archive keeps the built document and not the register that made it.
 */

export interface StatementVersion {
  /**
   * What the archive files the version under and the centre's address names: the register's version,
   * or, for a register that records none, a fingerprint of the text (see `statementKey`).
   */
  key: string;
  /** The register's version; absent when the register records none. */
  version?: string;
  /** YYYY-MM-DD, from the register; absent when the register records none. */
  effectiveDate?: string;
  /** When this service first published the version (ISO instant). */
  recordedAt: string;
}

/** A statement document as archived: the model's content, without the renderers' functions. */
export type ArchivedStatement = Pick<DocumentModel, "lang" | "title" | "subtitle" | "intro" | "sections"> & {
  labels: Pick<DocumentModel["labels"], "contents">;
};

const VERSIONS_KEY = "statement.versions";
const documentKey = (key: string, lang: Lang) => `statement.document.${lang}.${key}`;

async function readSetting(store: Store, key: string): Promise<string | undefined> {
  const row = await store.db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value;
}

async function writeSetting(store: Store, key: string, value: string): Promise<void> {
  await store.db
    .insertInto("settings")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
}

/** Versions newest first (by effective date, then by when they were recorded). */
export async function statementVersions(store: Store): Promise<StatementVersion[]> {
  const text = await readSetting(store, VERSIONS_KEY);
  // Archives written before versions became optional filed every entry under its version, without a key.
  const stored = text ? (JSON.parse(text) as (StatementVersion & { key?: string })[]) : [];
  return stored.map((v) => ({ ...v, key: v.key ?? v.version! }));
}

/** The date a version is ordered by: the date it applies from, or else the day it was first published. */
const orderDate = (v: StatementVersion) => v.effectiveDate ?? v.recordedAt.slice(0, 10);

function archived(doc: DocumentModel): ArchivedStatement {
  return {
    lang: doc.lang,
    title: doc.title,
    subtitle: doc.subtitle,
    intro: doc.intro,
    sections: doc.sections,
    labels: { contents: doc.labels.contents },
  };
}

/**
 * The key the register's statement is archived under. Without a version number the only way to tell
 * one published text from the next is the text itself, so each distinct text gets its own entry.
 */
export function statementKey(register: Register, docs?: readonly ArchivedStatement[]): string {
  if (register.statement.version !== undefined) return register.statement.version;
  const texts = docs ?? LANGUAGES.map((lang) => archived(buildStatement(register, lang)));
  return `unnumbered-${createHash("sha256").update(JSON.stringify(texts)).digest("hex").slice(0, 12)}`;
}

/**
 * Records the register's statement version. The current version's text is rewritten on every start,
 * so a correction made without a new version number is what the archive shows for it; earlier
 * versions are never touched again. Returns whether the version was new to the archive.
 */
export async function recordStatementVersion(store: Store, register: Register, now: Date): Promise<boolean> {
  const { version, effective_date: effectiveDate } = register.statement;
  const docs = LANGUAGES.map((lang) => archived(buildStatement(register, lang)));
  const key = statementKey(register, docs);
  for (const [i, lang] of LANGUAGES.entries())
    await writeSetting(store, documentKey(key, lang), JSON.stringify(docs[i]));
  const versions = await statementVersions(store);
  const known = versions.find((v) => v.key === key);
  if (known && known.effectiveDate === effectiveDate) return false;
  const entry: StatementVersion = {
    key,
    ...(version !== undefined ? { version } : {}),
    ...(effectiveDate !== undefined ? { effectiveDate } : {}),
    recordedAt: known?.recordedAt ?? now.toISOString(),
  };
  const next = [...versions.filter((v) => v.key !== key), entry].sort((a, b) =>
    orderDate(a) !== orderDate(b) ? orderDate(b).localeCompare(orderDate(a)) : b.recordedAt.localeCompare(a.recordedAt),
  );
  await writeSetting(store, VERSIONS_KEY, JSON.stringify(next));
  return !known;
}

/** One archived version (by its key) in one language, or undefined when the archive does not hold it. */
export async function archivedStatement(store: Store, key: string, lang: Lang): Promise<ArchivedStatement | undefined> {
  const text = await readSetting(store, documentKey(key, lang));
  return text ? (JSON.parse(text) as ArchivedStatement) : undefined;
}
