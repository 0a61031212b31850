import type { Lang } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { buildRecord } from "./build.js";
import { recordCsv } from "./csv.js";
import { recordJson } from "./json.js";
import { recordPdf } from "./pdf.js";

export { buildRecord } from "./build.js";
export type * from "./types.js";

export const RECORD_FORMATS = ["csv", "json", "pdf"] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export interface RecordOptions {
  format: RecordFormat;
  /** Dutch by default: the record is first of all for the Dutch supervisory authority. */
  lang?: Lang;
}

/** The Art. 30 record in the asked format: text for CSV and JSON, bytes for PDF. */
export async function renderRecord(register: Register, options: RecordOptions): Promise<string | Buffer> {
  const lang = options.lang ?? "nl";
  const rows = buildRecord(register, lang);
  switch (options.format) {
    case "csv":
      return recordCsv(rows, lang);
    case "json":
      return recordJson(register, rows, lang);
    case "pdf":
      return recordPdf(register, rows, lang);
  }
}
export { recordController } from "./build.js";
export { controllerText } from "./cells.js";
export { optionalParty, partyText } from "./contact.js";
