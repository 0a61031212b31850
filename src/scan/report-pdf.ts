import type { Content, TableCell } from "pdfmake/interfaces.js";
import { renderPdf } from "../documents/index.js";
import { WORDS } from "./report-words.js";
import type { ReportModel, ReportTable } from "./report-model.js";

function table(t: ReportTable): Content[] {
  const caption: Content = { text: t.caption, bold: true, margin: [0, 8, 0, 4] };
  if (t.rows.length === 0) return [caption, { text: t.empty, margin: [0, 0, 0, 6] }];
  const head: TableCell[] = t.head.map((h) => ({ text: h, bold: true, fillColor: "#e9edf2" }));
  return [
    caption,
    {
      table: { headerRows: 1, widths: t.head.map((_, i) => (i === 1 ? "*" : "auto")), body: [head, ...t.rows] },
      layout: "lightHorizontalLines",
      fontSize: 8,
      margin: [0, 0, 0, 6],
    },
  ];
}

const heading = (text: string): Content => ({ text, fontSize: 14, bold: true, margin: [0, 14, 0, 6] });

/** The evidence report as a PDF: the same content as the HTML page, the screenshots scaled to the page. */
export function renderReportPdf(model: ReportModel, date: Date): Promise<Buffer> {
  const lang = model.lang;
  const content: Content[] = [
    { text: model.title, fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
    ...model.facts.map(([label, value]): Content => ({ text: [{ text: `${label}: `, bold: true }, value] })),
    { text: model.intro, margin: [0, 8, 0, 0] },
    heading(WORDS.findings[lang]),
    ...(model.findings.rows.length === 0 ? [{ text: model.findings.empty } as Content] : table(model.findings)),
    heading(WORDS.banner[lang]),
    ...model.screenshots.flatMap(({ caption, png }): Content[] =>
      png
        ? [
            { image: `data:image/png;base64,${png.toString("base64")}`, fit: [480, 300] },
            { text: caption, italics: true, margin: [0, 2, 0, 10] },
          ]
        : [{ text: `${caption}: ${WORDS.noScreenshot[lang]}` }],
    ),
    heading(WORDS.stored[lang]),
    ...model.stored.flatMap(table),
    heading(WORDS.requests[lang]),
    ...model.requests.flatMap(table),
    heading(WORDS.timeline[lang]),
    ...(model.timelineNote ? [{ text: model.timelineNote } as Content] : []),
    ...table(model.timeline),
  ];
  return renderPdf(
    {
      content,
      info: { title: model.title },
      footer: (current, total) => ({
        text: WORDS.page[lang].replace("%1", String(current)).replace("%2", String(total)),
        alignment: "center",
        fontSize: 8,
        margin: [0, 20, 0, 0],
      }),
    },
    date,
  );
}
