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
  version: string;
  /** YYYY-MM-DD, from the register. */
  effectiveDate: string;
  /** When this service first published the version (ISO instant). */
  recordedAt: string;
}

/** A statement document as archived: the model's content, without the renderers' functions. */
export type ArchivedStatement = Pick<DocumentModel, "lang" | "title" | "subtitle" | "intro" | "sections"> & {
  labels: Pick<DocumentModel["labels"], "contents">;
};

const VERSIONS_KEY = "statement.versions";
const documentKey = (version: string, lang: Lang) => `statement.document.${lang}.${version}`;

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
  return text ? (JSON.parse(text) as StatementVersion[]) : [];
}

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
 * Records the register's statement version. The current version's text is rewritten on every start,
 * so a correction made without a new version number is what the archive shows for it; earlier
 * versions are never touched again. Returns whether the version was new to the archive.
 */
export async function recordStatementVersion(store: Store, register: Register, now: Date): Promise<boolean> {
  const { version, effective_date: effectiveDate } = register.statement;
  for (const lang of LANGUAGES)
    await writeSetting(store, documentKey(version, lang), JSON.stringify(archived(buildStatement(register, lang))));
  const versions = await statementVersions(store);
  const known = versions.find((v) => v.version === version);
  if (known && known.effectiveDate === effectiveDate) return false;
  const next = [
    ...versions.filter((v) => v.version !== version),
    { version, effectiveDate, recordedAt: known?.recordedAt ?? now.toISOString() },
  ].sort((a, b) =>
    a.effectiveDate !== b.effectiveDate
      ? b.effectiveDate.localeCompare(a.effectiveDate)
      : b.recordedAt.localeCompare(a.recordedAt),
  );
  await writeSetting(store, VERSIONS_KEY, JSON.stringify(next));
  return !known;
}

/** One archived version in one language, or undefined when the archive does not hold it. */
export async function archivedStatement(
  store: Store,
  version: string,
  lang: Lang,
): Promise<ArchivedStatement | undefined> {
  const text = await readSetting(store, documentKey(version, lang));
  return text ? (JSON.parse(text) as ArchivedStatement) : undefined;
}
