import type { RequestListItem } from "../../../requests/index.js";
import { STATUSES } from "../../../kernel/index.js";
import { renderPage } from "../../pages/render.js";
import { formatDay } from "../format.js";
import { statusLabel, typeLabel } from "../labels.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { taskConsoleWords } from "../task-words.js";
import { daysLeftText, DeadlineMark } from "./deadline.js";
import { AdminFrame, type PageContext } from "./frame.js";
import { ScrollTable } from "./table.js";

/** The first part of a request's id: enough to tell requests apart on screen. */
export const shortId = (id: string) => id.slice(0, 8);

/** The queue: requests by deadline, with where each clock stands and a status filter (a GET form). */
export function queuePage(page: PageContext, requests: RequestListItem[], filter: string, next?: string): string {
  const words = adminWords(page.lang);
  const options = [
    { value: "open", label: words.filterOpen },
    { value: "all", label: words.filterAll },
    ...STATUSES.map((s) => ({ value: s, label: statusLabel(s, page.lang) })),
  ];
  return renderPage(
    <AdminFrame page={page} title={words.requestsTitle}>
      <h1>{words.requestsTitle}</h1>
      <p>{words.requestsIntro}</p>
      <form method="get" action={`${ADMIN_PREFIX}/requests`}>
        <div class="field">
          <label for="status">{words.filterStatus}</label>
          <select id="status" name="status">
            {options.map((o) => (
              <option key={o.value} value={o.value} selected={o.value === filter}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{words.filter}</button>
      </form>
      {requests.length === 0 ? (
        <p>{words.noRequests}</p>
      ) : (
        <ScrollTable id="queue-table" caption={words.requestsTitle}>
          <thead>
            <tr>
              <th scope="col">{words.colRequest}</th>
              <th scope="col">{words.colType}</th>
              <th scope="col">{words.colStatus}</th>
              <th scope="col">{words.colReceived}</th>
              <th scope="col">{words.colDue}</th>
              <th scope="col">{words.colDaysLeft}</th>
              <th scope="col">{words.colMark}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <a href={`${ADMIN_PREFIX}/requests/${r.id}`}>{shortId(r.id)}</a>
                </th>
                <td>{typeLabel(r.type, page.lang)}</td>
                <td>{statusLabel(r.status, page.lang)}</td>
                <td>{formatDay(r.receivedAt, page.lang)}</td>
                <td>{r.deadline.due ? formatDay(r.deadline.due, page.lang) : "–"}</td>
                <td>{daysLeftText(r.deadline)}</td>
                <td>
                  <DeadlineMark deadline={r.deadline} lang={page.lang} />
                  {r.openTasks > 0 ? (
                    <>
                      {" · "}
                      {taskConsoleWords(page.lang).waiting(r.openTasks)}
                    </>
                  ) : null}
                  {r.stranded ? (
                    <>
                      {" · "}
                      <strong>{words.stranded}</strong>
                    </>
                  ) : null}
                  {r.duplicateOf ? (
                    <>
                      {" · "}
                      {words.duplicateOf}{" "}
                      <a href={`${ADMIN_PREFIX}/requests/${r.duplicateOf}`}>{shortId(r.duplicateOf)}</a>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {next !== undefined ? (
        <p>
          <a href={`${ADMIN_PREFIX}/requests?status=${encodeURIComponent(filter)}&after=${next}`}>{words.nextPage}</a>
        </p>
      ) : null}
    </AdminFrame>,
  );
}
