import { TASK_STATES, type TaskState, type TaskSummary } from "../../../tasks/index.js";
import type { Lang } from "../../../kernel/index.js";
import { renderPage } from "../../pages/render.js";
import { formatDay } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { taskConsoleWords } from "../task-words.js";
import { AdminFrame, CsrfField, type PageContext } from "./frame.js";
import { shortId } from "./queue.js";
import { ScrollTable } from "./table.js";

/** The system, and for a tenant's request whose part of it the owner searches. */
function SystemCell(props: { name: string; tenant: string | null; lang: Lang }) {
  const w = taskConsoleWords(props.lang);
  return (
    <th scope="row">
      {props.name}
      {props.tenant !== null ? (
        <>
          <br />
          <small class="task-tenant">{w.tenant(props.tenant)}</small>
        </>
      ) : null}
    </th>
  );
}

function answerText(task: TaskSummary, lang: Lang): string {
  const w = taskConsoleWords(lang);
  if (!task.answer) return "–";
  const files = task.files.length > 0 ? ` (${w.files(task.files.length)})` : "";
  return `${w.answers[task.answer] ?? task.answer}${files}`;
}

/** The tasks of one state, each with its system, owner, request and due date. */
export function tasksPage(
  page: PageContext,
  tasks: TaskSummary[],
  state: TaskState,
  systemName: (key: string) => string,
) {
  const w = taskConsoleWords(page.lang);
  return renderPage(
    <AdminFrame page={page} title={w.title}>
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      <nav aria-label={w.colState}>
        <ul class="inline">
          {TASK_STATES.map((s) => (
            <li key={s}>
              <a href={`${ADMIN_PREFIX}/tasks?state=${s}`} aria-current={s === state ? "page" : undefined}>
                {w.states[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tasks.length === 0 ? (
        <p>{w.none(w.states[state])}</p>
      ) : (
        <ScrollTable id="tasks-table" caption={`${w.title}: ${w.states[state]}`}>
          <thead>
            <tr>
              <th scope="col">{w.colSystem}</th>
              <th scope="col">{w.colOwner}</th>
              <th scope="col">{w.colRequest}</th>
              <th scope="col">{w.colDue}</th>
              <th scope="col">{w.colState}</th>
              <th scope="col">{w.colAnswer}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr key={t.id}>
                <SystemCell name={systemName(t.system)} tenant={t.tenant} lang={page.lang} />
                <td>{t.ownerName}</td>
                <td>
                  <a href={`${ADMIN_PREFIX}/requests/${t.requestId}#tasks`}>{shortId(t.requestId)}</a>
                </td>
                <td>{formatDay(t.dueOn, page.lang)}</td>
                <td>{t.state === "overdue" ? <strong>{w.states[t.state]}</strong> : w.states[t.state]}</td>
                <td>{answerText(t, page.lang)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </AdminFrame>,
  );
}

/**
 * A request's tasks on its page, and for an officer an answer form under each open one: for an owner
 * who answered by phone or on paper. The form is multipart, so files can come with it.
 */
export function RequestTasks(props: {
  page: PageContext;
  tasks: TaskSummary[];
  canAnswer: boolean;
  systemName: (key: string) => string;
}) {
  const { page, tasks } = props;
  const w = taskConsoleWords(page.lang);
  if (tasks.length === 0) return <p>{w.noTasks}</p>;
  return (
    <>
      <ScrollTable id="request-tasks" caption={w.requestTasks}>
        <thead>
          <tr>
            <th scope="col">{w.colSystem}</th>
            <th scope="col">{w.colOwner}</th>
            <th scope="col">{w.colDue}</th>
            <th scope="col">{w.colState}</th>
            <th scope="col">{w.colAnswer}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id}>
              <SystemCell name={props.systemName(t.system)} tenant={t.tenant} lang={page.lang} />
              <td>{t.ownerName}</td>
              <td>{formatDay(t.dueOn, page.lang)}</td>
              <td>{w.states[t.state]}</td>
              <td>{answerText(t, page.lang)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {props.canAnswer && page.session
        ? tasks
            .filter((t) => t.answer === null)
            .map((t) => (
              <form
                key={t.id}
                method="post"
                action={`${ADMIN_PREFIX}/tasks/${t.id}/answer`}
                enctype="multipart/form-data"
              >
                <CsrfField token={page.session!.csrfToken} />
                <fieldset>
                  <legend>{w.answerFor(props.systemName(t.system))}</legend>
                  {(["done", "nothing_found", "files"] as const).map((a) => (
                    <div class="choice" key={a}>
                      <input type="radio" id={`answer-${t.id}-${a}`} name="answer" value={a} required />
                      <label for={`answer-${t.id}-${a}`}>{w.answers[a]}</label>
                    </div>
                  ))}
                  <div class="field">
                    <label for={`files-${t.id}`}>{w.filesLabel}</label>
                    <input type="file" id={`files-${t.id}`} name="files" multiple />
                  </div>
                  <div class="field">
                    <label for={`note-${t.id}`}>{w.noteLabel}</label>
                    <textarea id={`note-${t.id}`} name="note" maxLength={4000} />
                  </div>
                  <button type="submit">{w.submit}</button>
                </fieldset>
              </form>
            ))
        : null}
    </>
  );
}
