import { can } from "../../../auth/index.js";
import { BREACH_WORDS, type BreachStatus, clockSentence, formatMoment } from "../../../breaches/index.js";
import { ErrorSummary, type FieldErrors, Notice, TextField } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { BREACH_CONSOLE_WORDS, type BreachConsoleWords } from "../breach-words.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";
import { ScrollTable } from "./table.js";

export interface BreachesView {
  breaches: BreachStatus[];
  notice?: string;
  form?: { title?: string; awareAt?: string };
  errors?: FieldErrors;
}

/** Whether a duty applies, in words: required, not required, or not known while the risk is not assessed. */
export function duty(value: boolean | null, words: BreachConsoleWords): string {
  return value === null ? words.unknown : value ? words.required : words.notRequired;
}

/** The register of every breach with its clock and duties, the export, and the form to record one. */
export function breachesPage(page: PageContext, view: BreachesView): string {
  const words = BREACH_CONSOLE_WORDS[page.lang];
  const domain = BREACH_WORDS[page.lang];
  const mayRecord = page.session !== null && can(page.session.user.role, "breaches.manage");
  return renderPage(
    <AdminFrame page={page} title={words.title}>
      <h1>{words.title}</h1>
      {view.notice ? <Notice kind="success">{view.notice}</Notice> : null}
      <p>{words.intro}</p>
      {view.breaches.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ScrollTable id="breaches-table" caption={words.title}>
          <thead>
            <tr>
              <th scope="col">{words.colReference}</th>
              <th scope="col">{words.colTitle}</th>
              <th scope="col">{words.colRisk}</th>
              <th scope="col">{words.colClock}</th>
              <th scope="col">{words.colAuthority}</th>
              <th scope="col">{words.colPeople}</th>
            </tr>
          </thead>
          <tbody>
            {view.breaches.map(({ breach, clock, obligations }) => (
              <tr key={breach.id}>
                <th scope="row">
                  <a href={`${ADMIN_PREFIX}/breaches/${breach.id}`}>{breach.reference}</a>
                </th>
                <td>{breach.title}</td>
                <td>{breach.risk ? domain.risk[breach.risk] : words.unassessed}</td>
                <td>
                  <span class={`clock clock-${clock.state}`}>{clockSentence(clock, page.lang)}</span>
                  <br />
                  {formatMoment(clock.deadline, page.lang)}
                </td>
                <td>{duty(obligations.authority, words)}</td>
                <td>{duty(obligations.people, words)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2 id="export">{words.exportTitle}</h2>
      <ul aria-labelledby="export">
        <li>
          <a href={`${ADMIN_PREFIX}/breaches/export.csv`} download>
            {words.exportCsv}
          </a>
        </li>
        <li>
          <a href={`${ADMIN_PREFIX}/breaches/export.json`} download>
            {words.exportJson}
          </a>
        </li>
      </ul>
      {mayRecord ? <RecordForm page={page} view={view} words={words} /> : null}
    </AdminFrame>,
  );
}

function RecordForm(props: { page: PageContext; view: BreachesView; words: BreachConsoleWords }) {
  const { words, view } = props;
  const form = view.form ?? {};
  const errors = view.errors ?? {};
  return (
    <>
      <h2 id="record-breach">{words.recordTitle}</h2>
      <ErrorSummary title={adminWords(props.page.lang).errorSummary} errors={errors} order={["title", "awareAt"]} />
      <form method="post" action={`${ADMIN_PREFIX}/breaches`} aria-labelledby="record-breach">
        <CsrfField token={props.page.session?.csrfToken ?? ""} />
        <TextField
          name="title"
          label={words.fieldTitle}
          hint={words.fieldTitleHint}
          value={form.title}
          error={errors.title}
          maxLength={200}
          required
        />
        <TextField
          name="awareAt"
          label={words.fieldAwareAt}
          hint={words.instantHint}
          value={form.awareAt}
          error={errors.awareAt}
          required
        />
        <button type="submit">{words.record}</button>
      </form>
    </>
  );
}
