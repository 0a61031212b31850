import { can } from "../../../auth/index.js";
import {
  BREACH_WORDS,
  type BreachStatus,
  clockSentence,
  deadlineSentence,
  FIELD_LABELS,
  MESSAGE_PARTS,
  NATURES,
  type PeopleMessage,
} from "../../../breaches/index.js";
import { BREACH_RISKS } from "../../../store/index.js";
import { ErrorSummary, type FieldErrors, Notice, RadioGroup, TextArea, TextField } from "../../pages/components.js";
import { CheckboxGroup } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { BREACH_CONSOLE_WORDS, type BreachConsoleWords } from "../breach-words.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { duty } from "./breaches.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";

/** The facts the console edits as free text; lists and counts go through the API or the command line. */
export const CONSOLE_TEXT_FACTS = [
  "summary",
  "consequences",
  "riskReasons",
  "priorMeasures",
  "remedialMeasures",
  "peopleNotToldReason",
  "authorityNotToldReason",
] as const;

export interface BreachView {
  status: BreachStatus;
  missing: string[];
  messages: { nl: PeopleMessage; en: PeopleMessage };
  notice?: string;
  form?: Record<string, string | string[]>;
  errors?: FieldErrors;
}

/** One breach: its clock, its duties, whether the draft is ready, the messages to people, and the form. */
export function breachPage(page: PageContext, view: BreachView): string {
  const words = BREACH_CONSOLE_WORDS[page.lang];
  const labels = FIELD_LABELS[page.lang];
  const { breach, clock, obligations } = view.status;
  const title = words.detailTitle(breach.reference);
  const mayManage = page.session !== null && can(page.session.user.role, "breaches.manage");
  const draft = (lang: "nl" | "en") => `${ADMIN_PREFIX}/breaches/${breach.id}/draft?lang=${lang}`;
  return renderPage(
    <AdminFrame page={page} title={title}>
      <h1>
        {title}: {breach.title}
      </h1>
      {view.notice ? <Notice kind="success">{view.notice}</Notice> : null}
      <p class={`clock clock-${clock.state}`}>
        <strong>{deadlineSentence(clock, page.lang)}</strong> – {clockSentence(clock, page.lang)}
      </p>
      <h2 id="obligations">{words.obligationsTitle}</h2>
      <dl aria-labelledby="obligations">
        <dt>{words.fieldRisk}</dt>
        <dd>{breach.risk ? BREACH_WORDS[page.lang].risk[breach.risk] : words.unassessed}</dd>
        <dt>{words.authority}</dt>
        <dd>{duty(obligations.authority, words)}</dd>
        <dt>{words.people}</dt>
        <dd>{duty(obligations.people, words)}</dd>
        {obligations.publicCommunication ? (
          <>
            <dt>{words.publicCommunication}</dt>
            <dd>{words.required}</dd>
          </>
        ) : null}
      </dl>
      <h2 id="draft">{words.draftTitle}</h2>
      {view.missing.length === 0 ? (
        <Notice kind="success">{words.draftReady}</Notice>
      ) : (
        <Notice kind="info" title={words.draftNotReady(view.missing.length)}>
          <ul>
            {view.missing.map((key) => (
              <li key={key}>{labels[key] ?? key}</li>
            ))}
          </ul>
        </Notice>
      )}
      <ul aria-labelledby="draft">
        <li>
          <a href={draft("nl")}>{words.draftNl}</a>
        </li>
        <li>
          <a href={draft("en")}>{words.draftEn}</a>
        </li>
      </ul>
      <h2 id="message">{words.messageTitle}</h2>
      {(["nl", "en"] as const).map((lang) => (
        <Message key={lang} lang={lang} message={view.messages[lang]} />
      ))}
      {mayManage ? <UpdateForm page={page} view={view} words={words} /> : null}
    </AdminFrame>,
  );
}

const MESSAGE_HEADINGS = {
  nl: { nature: "Wat er is gebeurd", contact: "Contact", consequences: "Mogelijke gevolgen", measures: "Maatregelen" },
  en: { nature: "What happened", contact: "Contact", consequences: "Likely consequences", measures: "Measures" },
};

function Message({ lang, message }: { lang: "nl" | "en"; message: PeopleMessage }) {
  return (
    <section lang={lang} aria-label={message.subject} class="breach-message">
      <h3>{message.subject}</h3>
      <dl>
        {MESSAGE_PARTS.map((part) => (
          <>
            <dt>{MESSAGE_HEADINGS[lang][part]}</dt>
            <dd>{message.parts[part] ?? <em>{BREACH_WORDS[lang].notRecorded}</em>}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

function UpdateForm(props: { page: PageContext; view: BreachView; words: BreachConsoleWords }) {
  const { page, view, words } = props;
  const { breach } = view.status;
  const domain = BREACH_WORDS[page.lang];
  const labels = FIELD_LABELS[page.lang];
  const errors = view.errors ?? {};
  const form = view.form ?? {};
  const value = (key: string, current: string | undefined | null) =>
    typeof form[key] === "string" ? (form[key] as string) : (current ?? "");
  const natures = Array.isArray(form.nature) ? form.nature : form.nature ? [form.nature] : breach.facts.nature;
  const order = ["risk", "authorityNotifiedAt", "peopleNotifiedAt", "nature", ...CONSOLE_TEXT_FACTS];
  return (
    <>
      <h2 id="update-breach">{words.updateTitle}</h2>
      <ErrorSummary title={adminWords(page.lang).errorSummary} errors={errors} order={order} />
      <form method="post" action={`${ADMIN_PREFIX}/breaches/${breach.id}`} aria-labelledby="update-breach">
        <CsrfField token={page.session?.csrfToken ?? ""} />
        <RadioGroup
          name="risk"
          label={words.fieldRisk}
          choices={[
            { value: "", label: words.unassessed },
            ...BREACH_RISKS.map((r) => ({ value: r, label: domain.risk[r] })),
          ]}
          value={value("risk", breach.risk)}
          error={errors.risk}
        />
        <TextField
          name="authorityNotifiedAt"
          label={words.fieldAuthorityNotifiedAt}
          hint={words.instantHint}
          value={value("authorityNotifiedAt", breach.authorityNotifiedAt)}
          error={errors.authorityNotifiedAt}
        />
        <TextField
          name="peopleNotifiedAt"
          label={words.fieldPeopleNotifiedAt}
          hint={words.instantHint}
          value={value("peopleNotifiedAt", breach.peopleNotifiedAt)}
          error={errors.peopleNotifiedAt}
        />
        <CheckboxGroup
          name="nature"
          label={labels.nature ?? "nature"}
          choices={NATURES.map((n) => ({ value: n, label: domain.nature[n] }))}
          values={natures ?? []}
          error={errors.nature}
        />
        {CONSOLE_TEXT_FACTS.map((key) => (
          <TextArea
            key={key}
            name={key}
            label={labels[key] ?? key}
            value={value(key, breach.facts[key])}
            error={errors[key]}
            maxLength={4000}
          />
        ))}
        <button type="submit">{words.save}</button>
      </form>
    </>
  );
}
