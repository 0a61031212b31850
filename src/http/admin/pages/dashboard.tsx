import type { DashboardStats } from "../../../requests/index.js";
import { renderPage } from "../../pages/render.js";
import { formatDay } from "../format.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { taskConsoleWords } from "../task-words.js";
import { MonthBars, monthLabel, OnTimeBar } from "./charts.js";
import { AdminFrame, type PageContext } from "./frame.js";
import { shortId } from "./queue.js";
import { ScrollTable } from "./table.js";

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)}%`);

/** The figures a privacy officer watches: the workload per month and how often the deadline was met. */
export function dashboardPage(page: PageContext, stats: DashboardStats): string {
  const words = adminWords(page.lang);
  const late = stats.answered - stats.onTime;
  const taskWords = taskConsoleWords(page.lang);
  return renderPage(
    <AdminFrame page={page} title={words.dashboardTitle}>
      <h1>{words.dashboardTitle}</h1>
      <dl class="facts">
        <dt>{words.openNow}</dt>
        <dd>{stats.open}</dd>
        <dt>{words.overdueNow}</dt>
        <dd>{stats.overdue}</dd>
        <dt>{words.dueSoon}</dt>
        <dd>{stats.dueSoon}</dd>
        <dt>{words.stranded}</dt>
        <dd>{stats.stranded}</dd>
        <dt>{taskWords.dashboardWaiting}</dt>
        <dd>
          <a href={`${ADMIN_PREFIX}/tasks`}>{stats.waitingForTasks}</a>
        </dd>
        <dt>{taskWords.dashboardOverdue}</dt>
        <dd>
          <a href={`${ADMIN_PREFIX}/tasks?state=overdue`}>{stats.overdueTasks}</a>
        </dd>
        <dt>{words.onTimeOverall}</dt>
        <dd>{percent(stats.onTimeRate)}</dd>
      </dl>

      {stats.recipientsNotReached.length > 0 ? (
        <>
          <h2 id="not-reached">{words.notReachedTitle}</h2>
          <p>{words.notReachedText}</p>
          <ul>
            {stats.recipientsNotReached.map((r) => (
              <li key={`${r.requestId} ${r.recipient}`}>
                <a href={`${ADMIN_PREFIX}/requests/${r.requestId}`}>{shortId(r.requestId)}</a>: {r.recipient} (
                {formatDay(r.at, page.lang)})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="per-month">{words.perMonthTitle}</h2>
      <MonthBars
        id="chart-per-month"
        title={words.perMonthTitle}
        desc={words.perMonthDesc}
        lang={page.lang}
        data={stats.perMonth.map((m) => ({ month: m.month, value: m.received }))}
      />
      <ScrollTable id="table-per-month" caption={words.perMonthTitle}>
        <thead>
          <tr>
            <th scope="col">{words.colMonth}</th>
            <th scope="col">{words.colCount}</th>
          </tr>
        </thead>
        <tbody>
          {stats.perMonth.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month, page.lang)}</th>
              <td>{m.received}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <h2 id="on-time">{words.onTimeTitle}</h2>
      {stats.answered === 0 ? (
        <p>{words.noData}</p>
      ) : (
        <>
          <OnTimeBar
            id="chart-on-time"
            title={words.onTimeTitle}
            desc={words.onTimeDesc}
            onTime={stats.onTime}
            late={late}
            labels={{ onTime: words.colOnTime, late: words.overdue }}
          />
          <ScrollTable id="table-on-time" caption={words.onTimeTitle}>
            <thead>
              <tr>
                <th scope="col">{words.colClosed}</th>
                <th scope="col">{words.colOnTime}</th>
                <th scope="col">{words.overdue}</th>
                <th scope="col">{words.colRate}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{stats.answered}</th>
                <td>{stats.onTime}</td>
                <td>{late}</td>
                <td>{percent(stats.onTimeRate)}</td>
              </tr>
            </tbody>
          </ScrollTable>
        </>
      )}
    </AdminFrame>,
  );
}
