import { renderDocumentPdf, renderHtml } from "../../documents/index.js";
import type { Lang } from "../../kernel/index.js";
import type { Register } from "../../register/index.js";
import { accessCsv, accessDocument, accessJson, type AccessResult } from "../../datasets/index.js";
import type { ZipEntry } from "./zip.js";

/**
 * The files of a package, built in memory (never written to disk unencrypted): the data as JSON and a
 * CSV per collection for both types; for access also the readable answer with the Art. 15 information
 * as HTML and PDF. The same files as `waarborg access` writes to a folder.
 */
export async function packageFiles(
  register: Register,
  result: AccessResult,
  options: { lang: Lang; readable: boolean },
): Promise<ZipEntry[]> {
  const files: ZipEntry[] = [{ name: "data.json", content: accessJson(register, result) }];
  for (const section of result.sections) files.push({ name: `${section.collection}.csv`, content: accessCsv(section) });
  if (options.readable) {
    const doc = accessDocument(register, result, options.lang);
    files.push(
      { name: "index.html", content: renderHtml(doc) },
      { name: "index.pdf", content: await renderDocumentPdf(doc) },
    );
  }
  return files;
}
