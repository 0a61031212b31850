import { createRequire } from "node:module";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let instance: PdfMake | undefined;

/** pdfmake set up once: the Roboto fonts it ships (full Latin coverage) and no network access ever. */
function pdfmake(): PdfMake {
  if (instance) return instance;
  const made = require("pdfmake") as PdfMake;
  made.setFonts(require("pdfmake/fonts/Roboto.js") as Record<string, Record<string, string>>);
  made.setUrlAccessPolicy(() => false);
  // Only the bundled fonts may be read from disk; document content never names a file.
  const fontDir = require.resolve("pdfmake/fonts/Roboto.js").replace(/Roboto\.js$/, "");
  made.setLocalAccessPolicy((path) => path.startsWith(fontDir));
  instance = made;
  return made;
}

/**
 * Renders a pdfmake document definition to a PDF. The creation date is fixed from the document's own
 * date so the same input gives the same file.
 */
export async function renderPdf(doc: TDocumentDefinitions, date?: Date): Promise<Buffer> {
  const fixed = date ?? new Date(0);
  const definition: TDocumentDefinitions = {
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.25 },
    pageSize: "A4",
    pageMargins: [56, 56, 56, 56],
    ...doc,
    info: { creator: "Waarborg", producer: "Waarborg", creationDate: fixed, modDate: fixed, ...doc.info },
  };
  return pdfmake().createPdf(definition).getBuffer();
}
