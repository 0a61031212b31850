import { type Lang, textIn } from "../kernel/index.js";
import type { Labels } from "./model.js";

/** The words every document's renderers put around its content, in the document's language. */
export function documentLabels(lang: Lang): Labels {
  return textIn(lang, {
    nl: {
      contents: "Inhoud",
      skipToContent: "Direct naar de inhoud",
      page: (current, total) => `Pagina ${current} van ${total}`,
    },
    en: {
      contents: "Contents",
      skipToContent: "Skip to content",
      page: (current, total) => `Page ${current} of ${total}`,
    },
  });
}
