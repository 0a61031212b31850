import { escapeHtml, flatten, safeHref } from "./escape.js";
import { STYLE } from "./html-style.js";
import type { Block, Inline, Section, DocumentModel } from "./model.js";

const e = (text: string) => escapeHtml(flatten(text));

function inline(content: Inline): string {
  return content
    .map((span) => {
      if (typeof span === "string") return e(span);
      if ("strong" in span) return `<strong>${e(span.strong)}</strong>`;
      const href = safeHref(span.href);
      return href ? `<a href="${escapeHtml(href)}">${e(span.text)}</a>` : e(span.text);
    })
    .join("");
}

/**
 * A document as one self-contained, accessible HTML page: inline CSS, no scripts, no outside
 * requests (the Content-Security-Policy says so too), a skip link, a table of contents and captioned tables.
 */
export function renderHtml(doc: DocumentModel): string {
  let tables = 0;
  const block = (b: Block): string => {
    switch (b.type) {
      case "paragraph":
        return `<p>${inline(b.content)}</p>`;
      case "list":
        return `<ul>\n${b.items.map((item) => `<li>${inline(item)}</li>`).join("\n")}\n</ul>`;
      case "table": {
        const id = `table-${++tables}`;
        const head = b.head.map((h) => `<th scope="col">${e(h)}</th>`).join("");
        const rows = b.rows.map(
          ([first = [], ...rest]) =>
            `<tr><th scope="row">${inline(first)}</th>${rest.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`,
        );
        return [
          `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">`,
          "<table>",
          `<caption id="${id}">${e(b.caption)}</caption>`,
          `<thead><tr>${head}</tr></thead>`,
          `<tbody>\n${rows.join("\n")}\n</tbody>`,
          "</table>",
          "</div>",
        ].join("\n");
      }
    }
  };
  const section = (s: Section, level: number): string => {
    const h = `h${Math.min(level, 6)}`;
    return [
      `<section aria-labelledby="${escapeHtml(s.id)}">`,
      `<${h} id="${escapeHtml(s.id)}">${e(s.heading)}</${h}>`,
      ...s.blocks.map(block),
      ...s.subsections.map((sub) => section(sub, level + 1)),
      "</section>",
    ].join("\n");
  };
  const toc = doc.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${e(s.heading)}</a></li>`).join("\n");
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Waarborg">
<title>${e(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip-link" href="#main">${e(doc.labels.skipToContent)}</a>
<header>
<h1>${e(doc.title)}</h1>
${doc.subtitle ? `<p class="meta">${e(doc.subtitle)}</p>\n` : ""}</header>
<nav class="toc" aria-labelledby="contents">
<h2 id="contents">${e(doc.labels.contents)}</h2>
<ol>
${toc}
</ol>
</nav>
<main id="main" tabindex="-1">
${[...doc.intro.map(block), ...doc.sections.map((s) => section(s, 2))].join("\n")}
</main>
</body>
</html>
`;
}
