import { describe, expect, it } from "vitest";
import { documentLabels } from "../../src/documents/labels.js";

describe("documentLabels", () => {
  it.each([
    ["nl", ["Inhoud", "Direct naar de inhoud", "Pagina 3 van 9"]],
    ["en", ["Contents", "Skip to content", "Page 3 of 9"]],
  ] as const)("gives the contents heading, the skip link and the page footer in %s", (lang, expected) => {
    const labels = documentLabels(lang);
    expect([labels.contents, labels.skipToContent, labels.page(3, 9)]).toEqual(expected);
  });
});
