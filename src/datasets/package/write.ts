import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderDocumentPdf, renderHtml, toCsv } from "../../documents/index.js";
import type { Lang } from "../../kernel/index.js";
import type { Register } from "../../register/index.js";
import type { AccessResult } from "../access.js";
import { accessDocument } from "./document.js";

/** The machine-readable package (Art. 20): every row per collection, with the category of each field. */
export function accessJson(register: Register, result: AccessResult): string {
  return `${JSON.stringify(
    {
      controller: register.organization.name,
      register_version: register.statement.version,
      collections: Object.fromEntries(
        result.sections.map((s) => [
          s.collection,
          { table: s.table, categories: s.categories, provided: s.provided, rows: s.rows },
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

/** Writes the access package into `dir`; returns the file names written. */
export async function writeAccessPackage(
  register: Register,
  result: AccessResult,
  options: { dir: string; lang: Lang },
): Promise<string[]> {
  await mkdir(options.dir, { recursive: true });
  const files: [string, string | Buffer][] = [["data.json", accessJson(register, result)]];
  for (const s of result.sections) files.push([`${s.collection}.csv`, accessCsv(s)]);
  const doc = accessDocument(register, result, options.lang);
  files.push(["index.html", renderHtml(doc)], ["index.pdf", await renderDocumentPdf(doc)]);
  for (const [name, content] of files) await writeFile(join(options.dir, name), content);
  return files.map(([name]) => name);
}
