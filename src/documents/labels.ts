import type { Lang } from "../kernel/index.js";
import type { Labels } from "./model.js";

/** The words every document's renderers put around its content, in the document's language. */
export function documentLabels(lang: Lang): Labels {
  return lang === "nl"
    ? {
        contents: "Inhoud",
        skipToContent: "Direct naar de inhoud",
        page: (current, total) => `Pagina ${current} van ${total}`,
      }
    : {
        contents: "Contents",
        skipToContent: "Skip to content",
        page: (current, total) => `Page ${current} of ${total}`,
      };
}
