import { escapeHtml as e, STYLE } from "../documents/index.js";
import { WORDS } from "./report-words.js";
import type { ReportModel, ReportTable } from "./report-model.js";

let tableCount = 0;

function table(t: ReportTable): string {
  if (t.rows.length === 0) return `<h3>${e(t.caption)}</h3>\n<p>${e(t.empty)}</p>`;
  const id = `table-${++tableCount}`;
  const head = t.head.map((h) => `<th scope="col">${e(h)}</th>`).join("");
  const rows = t.rows.map(
    ([first = "", ...rest]) =>
      `<tr><th scope="row">${e(first)}</th>${rest.map((c) => `<td>${e(c)}</td>`).join("")}</tr>`,
  );
  return [
    `<div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">`,
    `<table>\n<caption id="${id}">${e(t.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n</div>`,
  ].join("\n");
}

const FIGURE_STYLE = `
figure { margin: 0 0 1.5rem; }
figure img { max-width: 100%; height: auto; border: 1px solid #b8c0ca; }
figcaption { font-weight: 600; margin-top: 0.25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
`;

/**
 * The evidence report as one self-contained HTML page: the screenshots are inline images, and the page
 * loads nothing else (its Content-Security-Policy says so), so it can be handed to a supervisor as is.
 */
export function renderReportHtml(model: ReportModel): string {
  tableCount = 0;
  const lang = model.lang;
  const facts = model.facts.map(([label, value]) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`).join("\n");
  const figures = model.screenshots
    .map(({ caption, png }) =>
      png
        ? `<figure><img src="data:image/png;base64,${png.toString("base64")}" alt="${e(caption)}"><figcaption>${e(caption)}</figcaption></figure>`
        : `<p>${e(caption)}: ${e(WORDS.noScreenshot[lang])}</p>`,
    )
    .join("\n");
  const findings = model.findings.rows.length === 0 ? `<p>${e(model.findings.empty)}</p>` : table(model.findings);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Waarborg">
<title>${e(model.title)}</title>
<style>${STYLE}${FIGURE_STYLE}</style>
</head>
<body>
<a class="skip-link" href="#main">${e(WORDS.skip[lang])}</a>
<header>
<h1>${e(model.title)}</h1>
<dl class="facts">
${facts}
</dl>
</header>
<main id="main" tabindex="-1">
<p>${e(model.intro)}</p>
<section aria-labelledby="findings"><h2 id="findings">${e(WORDS.findings[lang])}</h2>
${findings}
</section>
<section aria-labelledby="banner"><h2 id="banner">${e(WORDS.banner[lang])}</h2>
${figures}
</section>
<section aria-labelledby="stored"><h2 id="stored">${e(WORDS.stored[lang])}</h2>
${model.stored.map(table).join("\n")}
</section>
<section aria-labelledby="requests"><h2 id="requests">${e(WORDS.requests[lang])}</h2>
${model.requests.map(table).join("\n")}
</section>
<section aria-labelledby="timeline"><h2 id="timeline">${e(WORDS.timeline[lang])}</h2>
${model.timelineNote ? `<p>${e(model.timelineNote)}</p>\n` : ""}${table(model.timeline)}
</section>
</main>
</body>
</html>
`;
}
