import {
  BREACH_WORDS,
  type BreachDraft,
  type BreachStatus,
  clockSentence,
  deadlineSentence,
  FIELD_LABELS,
  SECTION_TITLES,
} from "../../../breaches/index.js";
import type { Lang } from "../../../kernel/index.js";
import { Notice } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { BREACH_CONSOLE_WORDS } from "../breach-words.js";
import { ADMIN_PREFIX } from "../session.js";
import { AdminFrame, type PageContext } from "./frame.js";

/**
 * The notification draft inside the console, in the draft's own language: every section of the
 * authority's form with its answers, a gap shown as not recorded, and the document to download.
 */
export function breachDraftPage(page: PageContext, status: BreachStatus, draft: BreachDraft, lang: Lang): string {
  const words = BREACH_CONSOLE_WORDS[page.lang];
  const labels = FIELD_LABELS[lang];
  const { breach, clock } = status;
  const title = `${words.draftTitle}: ${breach.reference}`;
  return renderPage(
    <AdminFrame page={page} title={title}>
      <h1>{title}</h1>
      <p>
        <a href={`${ADMIN_PREFIX}/breaches/${breach.id}`}>{words.detailTitle(breach.reference)}</a>
      </p>
      {draft.ready ? (
        <Notice kind="success">{words.draftReady}</Notice>
      ) : (
        <Notice kind="info">{words.draftNotReady(draft.missing.length)}</Notice>
      )}
      <p>
        <a href={`${ADMIN_PREFIX}/breaches/${breach.id}/draft.html?lang=${lang}`} download>
          {words.draftDownload}
        </a>
      </p>
      <article lang={lang}>
        <p>
          <strong>{deadlineSentence(clock, lang)}</strong> – {clockSentence(clock, lang)}
        </p>
        {draft.sections.map((section) => (
          <section key={section.key} aria-labelledby={`section-${section.key}`}>
            <h2 id={`section-${section.key}`}>{SECTION_TITLES[lang][section.key]}</h2>
            <dl>
              {section.fields.map((field) => (
                <>
                  <dt>{labels[field.key] ?? field.key}</dt>
                  <dd>{field.value ?? <em>{BREACH_WORDS[lang].notRecorded}</em>}</dd>
                </>
              ))}
            </dl>
          </section>
        ))}
      </article>
    </AdminFrame>,
  );
}
