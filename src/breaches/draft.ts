import { escapeHtml, STYLE } from "../documents/index.js";
import type { Lang } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { FIELD_LABELS, SECTION_TITLES } from "./draft-labels.js";
import { type DraftSection, draftSections, missingFields } from "./draft-sections.js";
import { type BreachStatus, clockSentence, deadlineSentence } from "./status.js";
import { BREACH_WORDS } from "./words.js";

export interface BreachDraft {
  sections: DraftSection[];
  /** Answers not recorded; while any is, the draft is not ready to send. */
  missing: string[];
  ready: boolean;
  html: string;
}

const TITLE = { nl: "Concept melding datalek", en: "Draft breach notification" };
const READY = {
  nl: {
    yes: "Klaar om te versturen: elk antwoord rust op een vastgelegd feit.",
    no: "Nog niet klaar om te versturen: niet vastgelegd:",
  },
  en: { yes: "Ready to send: every answer rests on a recorded fact.", no: "Not ready to send yet; not recorded:" },
};
const INTRO = {
  nl: "Opgesteld uit het register van datalekken, volgens de vragen van het meldformulier van de Autoriteit Persoonsgegevens.",
  en: "Drawn up from the breach register, following the questions of the Dutch Data Protection Authority's notification form.",
};

/** The notification to the authority as a document, from the recorded facts and the register only. */
export function breachDraft(status: BreachStatus, register: Register, lang: Lang): BreachDraft {
  const sections = draftSections(status, register, lang);
  const missing = missingFields(sections);
  const ready = missing.length === 0;
  return { sections, missing, ready, html: renderDraft(status, sections, missing, lang) };
}

function renderDraft(status: BreachStatus, sections: DraftSection[], missing: string[], lang: Lang): string {
  const w = BREACH_WORDS[lang];
  const labels = FIELD_LABELS[lang];
  const body = sections
    .map((s) => {
      const rows = s.fields
        .map((f) => {
          const value =
            f.value === null ? `<em class="not-recorded">${escapeHtml(w.notRecorded)}</em>` : escapeHtml(f.value);
          return `<dt>${escapeHtml(labels[f.key] ?? f.key)}</dt><dd data-field="${escapeHtml(f.key)}">${value}</dd>`;
        })
        .join("");
      return `<section data-section="${s.key}"><h2>${escapeHtml(SECTION_TITLES[lang][s.key])}</h2><dl>${rows}</dl></section>`;
    })
    .join("\n");
  const readiness =
    missing.length === 0
      ? `<p class="ready">${escapeHtml(READY[lang].yes)}</p>`
      : `<p class="not-ready">${escapeHtml(READY[lang].no)} ${missing.map((k) => escapeHtml(labels[k] ?? k)).join(", ")}</p>`;
  const { breach, clock } = status;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(TITLE[lang])} ${escapeHtml(breach.reference)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(TITLE[lang])} ${escapeHtml(breach.reference)}</h1>
<p>${escapeHtml(INTRO[lang])}</p>
<p>${escapeHtml(deadlineSentence(clock, lang))} (${escapeHtml(clockSentence(clock, lang))}).</p>
${readiness}
${body}
</main></body></html>
`;
}
