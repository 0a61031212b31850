import { renderDocumentPdf, renderHtml, type Section, toCsv } from "../../documents/index.js";
import type { Lang } from "../../kernel/index.js";
import { nameForAll, type Register } from "../../register/index.js";
import type { AccessResult } from "../access.js";
import { accessDocument } from "./document.js";
import { NO_DATA } from "./no-data.js";

/** One file of an access package, built in memory. */
export interface PackageFile {
  name: string;
  content: string | Buffer;
}

/** The machine-readable package (Art. 20): every row per collection, with the category of each field. */
export function accessJson(register: Register, result: AccessResult): string {
  return `${JSON.stringify(
    {
      controller: nameForAll(register.organization.name, register),
      // null, not left out, when the register records no version: the package keeps one shape.
      register_version: register.statement.version ?? null,
      found_data: result.sections.length > 0,
      // Nothing found is an answer of its own (Art. 15(1)), not an empty package.
      ...(result.sections.length === 0 ? { answer: NO_DATA } : {}),
      collections: Object.fromEntries(
        result.sections.map((s) => [
          s.collection,
          {
            table: s.table,
            categories: s.categories,
            provided: s.provided,
            // Named so the person knows they exist and are kept; their values are never in the package.
            ...(s.withheld.length ? { withheld_secrets: s.withheld } : {}),
            rows: s.rows,
          },
        ]),
      ),
    },
    null,
    2,
  )}\n`;
}

export function accessCsv(section: AccessResult["sections"][number]): string {
  const cell = (v: unknown) =>
    v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return toCsv([section.columns, ...section.rows.map((row) => section.columns.map((c) => cell(row[c])))]);
}

/**
 * The files of an access package: the data as JSON and a CSV per collection (portability, Art. 20,
 * stops there); for access also the readable answer with the Art. 15 information as HTML and PDF.
 * The one list of files: the ZIP a request stores and the folder `waarborg access -o` writes both
 * come from here.
 */
export async function accessPackageFiles(
  register: Register,
  result: AccessResult,
  options: { lang: Lang; readable: boolean; more?: { files: PackageFile[]; sections: Section[] } },
): Promise<PackageFile[]> {
  const files: PackageFile[] = [{ name: "data.json", content: accessJson(register, result) }];
  for (const section of result.sections) files.push({ name: `${section.collection}.csv`, content: accessCsv(section) });
  // What the service keeps about the person besides the datasets (their consents), when the caller has it.
  files.push(...(options.more?.files ?? []));
  if (options.readable) {
    const doc = accessDocument(register, result, options.lang);
    doc.sections.push(...(options.more?.sections ?? []));
    files.push(
      { name: "index.html", content: renderHtml(doc) },
      { name: "index.pdf", content: await renderDocumentPdf(doc) },
    );
  }
  return files;
}
