import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { renderPdf } from "../documents/index.js";
import type { Lang } from "../kernel/index.js";
import { localize, type Register } from "../register/index.js";
import { controllerText, jointControllerTexts, securityTexts } from "./cells.js";
import { COLUMNS, type Column } from "./columns.js";
import { partyText } from "./contact.js";
import type { RecordRow } from "./types.js";

const TITLE = {
  nl: "Register van verwerkingsactiviteiten (art. 30 AVG)",
  en: "Record of processing activities (Art. 30 GDPR)",
};

const BLOCK = {
  controller: { nl: "Verwerkingsverantwoordelijke", en: "Controller" },
  dpo: { nl: "Functionaris gegevensbescherming", en: "Data protection officer" },
  representative: { nl: "Vertegenwoordiger", en: "Representative" },
  joint: { nl: "Gezamenlijke verwerkingsverantwoordelijken", en: "Joint controllers" },
  version: { nl: "Versie", en: "Version" },
  effective: { nl: "geldig vanaf", en: "effective" },
  security: { nl: "Beveiligingsmaatregelen (art. 30 lid 1 sub g)", en: "Security measures (Art. 30(1)(g))" },
  none: { nl: "geen", en: "none" },
  notRecorded: { nl: "niet vastgelegd", en: "not recorded" },
  page: { nl: "Pagina %1 van %2", en: "Page %1 of %2" },
};

/**
 * A landscape table cannot hold the CSV's two dozen columns, so the PDF groups them: the first column of
 * a group is the cell's body, the others follow with their header as a label. The controller and the
 * security measures are the same for every activity and go in the block above the table.
 */
const GROUPS: { header: { nl: string; en: string }; keys: string[]; width: number | "*" }[] = [
  {
    header: { nl: "Verwerkingsactiviteit", en: "Processing activity" },
    keys: ["activity", "role", "on_behalf_of", "notes"],
    width: 100,
  },
  {
    header: { nl: "Doel en grondslag", en: "Purpose and legal basis" },
    keys: [
      "purpose",
      "legal_basis",
      "legitimate_interest",
      "special_category_ground",
      "criminal_data_ground",
      "bsn_ground",
    ],
    width: "*",
  },
  { header: { nl: "Betrokkenen", en: "Data subjects" }, keys: ["subjects"], width: 70 },
  { header: { nl: "Persoonsgegevens", en: "Personal data" }, keys: ["data_categories"], width: "*" },
  { header: { nl: "Ontvangers", en: "Recipients" }, keys: ["recipients"], width: 95 },
  { header: { nl: "Doorgifte buiten de EER", en: "Transfers outside the EEA" }, keys: ["transfers"], width: 95 },
  {
    header: { nl: "Bewaartermijn", en: "Retention" },
    keys: ["retention_period", "retention_start", "retention_action", "retention_holds"],
    width: "*",
  },
];

function column(key: string): Column {
  const found = COLUMNS.find((c) => c.key === key);
  if (!found) throw new Error(`record column ${key} is not defined`);
  return found;
}

function groupCell(row: RecordRow, keys: string[], lang: Lang): TableCell {
  const [first, ...rest] = keys.map(column);
  const lines: Content[] = [];
  if (first) {
    const values = first.values(row, lang);
    lines.push(...values.map((v, i) => (i === 0 && first.key === "activity" ? { text: v, bold: true } : v)));
  }
  for (const c of rest) {
    const values = c.values(row, lang);
    if (values.length > 0) lines.push({ text: [{ text: `${c.header[lang]}: `, italics: true }, values.join("; ")] });
  }
  return lines.length > 0 ? { stack: lines } : { text: "–", color: "#888888" };
}

function titleBlock(register: Register, rows: readonly RecordRow[], lang: Lang): Content {
  const controller = rows[0]?.controller;
  const pairs: [string, string][] = [];
  if (controller) {
    pairs.push([BLOCK.controller[lang], controllerText(controller)]);
    // "none" only where the register says so; a DPO left out is not recorded, not absent.
    const noDpo = register.none.includes("dpo") ? BLOCK.none : BLOCK.notRecorded;
    pairs.push([BLOCK.dpo[lang], partyText(controller.dpo) || noDpo[lang]]);
    if (controller.representative) pairs.push([BLOCK.representative[lang], partyText(controller.representative)]);
    const joint = jointControllerTexts(controller);
    if (joint.length > 0) pairs.push([BLOCK.joint[lang], joint.join("; ")]);
    pairs.push([BLOCK.security[lang], securityTexts(rows[0]!.security).join(", ") || BLOCK.notRecorded[lang]]);
  } else {
    pairs.push([BLOCK.controller[lang], localize(register.organization.name, lang)]);
  }
  pairs.push([BLOCK.version[lang], versionText(register, lang)]);
  return {
    table: { widths: [180, "*"], body: pairs.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: "noBorders",
    margin: [0, 0, 0, 16],
  };
}

/** The statement version the record was made from, saying "not recorded" for what the register leaves out. */
function versionText(register: Register, lang: Lang): string {
  const { version, effective_date } = register.statement;
  const date = effective_date ? `${BLOCK.effective[lang]} ${effective_date}` : undefined;
  if (version && date) return `${version}, ${date}`;
  return version ?? (date ? `${BLOCK.notRecorded[lang]}, ${date}` : BLOCK.notRecorded[lang]);
}

export function recordDocument(register: Register, rows: readonly RecordRow[], lang: Lang): TDocumentDefinitions {
  const header: TableCell[] = GROUPS.map((g) => ({ text: g.header[lang], style: "tableHeader" }));
  const body: TableCell[][] = [header, ...rows.map((row) => GROUPS.map((g) => groupCell(row, g.keys, lang)))];
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [36, 40, 36, 40],
    info: { title: `${TITLE[lang]} – ${localize(register.organization.name, lang)}` },
    defaultStyle: { font: "Roboto", fontSize: 8, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
      tableHeader: { bold: true, fillColor: "#e8e8e8" },
    },
    footer: (page: number, pages: number) => ({
      text: BLOCK.page[lang].replace("%1", String(page)).replace("%2", String(pages)),
      alignment: "center",
      fontSize: 8,
      margin: [0, 14, 0, 0],
    }),
    content: [
      { text: TITLE[lang], style: "title" },
      titleBlock(register, rows, lang),
      // headerRows repeats the header on every page the table runs onto.
      { table: { headerRows: 1, widths: GROUPS.map((g) => g.width), body } },
    ],
  };
}

/**
 * The record as a PDF, dated at the register's effective date so the same register gives the same file
 * (without one, at the fixed epoch renderPdf falls back to, for the same reason).
 */
export function recordPdf(register: Register, rows: readonly RecordRow[], lang: Lang): Promise<Buffer> {
  const date = register.statement.effective_date;
  return renderPdf(recordDocument(register, rows, lang), date ? new Date(`${date}T00:00:00Z`) : undefined);
}
