import { wallClock } from "../../../deadlines/index.js";
import type { Lang } from "../../../kernel/index.js";
import { formatPeriod } from "../../../register/index.js";
import type { RetentionOverview, RuleOverview } from "../../../retention/index.js";
import { Notice } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { formatInstant, ZONE } from "../format.js";
import { RETENTION_CONSOLE_WORDS, type RetentionConsoleWords } from "../retention-words.js";
import { ADMIN_PREFIX } from "../session.js";
import { monthLabel } from "./charts.js";
import { AdminFrame, type PageContext } from "./frame.js";
import { type RunBar, RunBars } from "./retention-chart.js";
import { ScrollTable } from "./table.js";

/** A count, or the word for one the product could not take. */
const count = (n: number | null, w: RetentionConsoleWords) => (n === null ? w.unknown : String(n));

/** A run's day under its bar: "5 mrt" / "5 Mar", in the console's time zone as its other dates. */
function barDay(iso: string, lang: Lang): string {
  const clock = wallClock(new Date(iso), ZONE);
  const month = monthLabel(`${clock.year}-${String(clock.month).padStart(2, "0")}`, lang).split(" ")[0];
  return `${clock.day} ${month}`;
}

function SummaryTable({ view, lang }: { view: RetentionOverview; lang: Lang }) {
  const w = RETENTION_CONSOLE_WORDS[lang];
  return (
    <ScrollTable id="table-rules" caption={w.summaryTitle}>
      <thead>
        <tr>
          <th scope="col">{w.colRule}</th>
          <th scope="col">{w.colPeriod}</th>
          <th scope="col">{w.colAction}</th>
          <th scope="col">{w.colLastRun}</th>
          <th scope="col">{w.colHandled}</th>
          <th scope="col">{w.colNextRun}</th>
          <th scope="col">{w.colOverdue}</th>
          <th scope="col">{w.colKeptByDuty}</th>
          <th scope="col">{w.colKeptByLegalHold}</th>
          <th scope="col">{w.colLegalHolds}</th>
        </tr>
      </thead>
      <tbody>
        {view.rules.map((r) => (
          <tr key={r.rule}>
            <th scope="row">
              <a href={`#rule-${r.rule}`}>{r.rule}</a>
            </th>
            <td>{formatPeriod(r.period, lang)}</td>
            <td>{w.actions[r.action]}</td>
            <td>
              {r.lastRun
                ? `${formatInstant(r.lastRun.startedAt, lang)} (${w.statuses[r.lastRun.status] ?? r.lastRun.status})`
                : w.never}
            </td>
            <td>{r.lastRun ? r.lastRun.handled : "–"}</td>
            <td>{r.nextRun ? formatInstant(r.nextRun, lang) : w.notScheduled}</td>
            <td>{count(r.overdue, w)}</td>
            <td>{count(r.keptByDuty, w)}</td>
            <td>{count(r.keptByLegalHold, w)}</td>
            <td>{r.legalHolds}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** One rule's runs as a chart and, with the same figures, a table. */
function RuleSection({ rule, lang }: { rule: RuleOverview; lang: Lang }) {
  const w = RETENTION_CONSOLE_WORDS[lang];
  const id = `rule-${rule.rule}`;
  const bars: RunBar[] = rule.history.map((run) => ({
    key: run.id,
    label: barDay(run.startedAt, lang),
    value: run.handled,
  }));
  if (rule.overdue !== null) bars.push({ key: "overdue", label: w.overdueBar, value: rule.overdue, overdue: true });
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{w.ruleTitle(rule.rule)}</h3>
      {rule.history.length === 0 ? <p>{w.noRuns}</p> : null}
      {rule.history.length > 0 || (rule.overdue ?? 0) > 0 ? (
        <RunBars
          id={`chart-${rule.rule}`}
          title={w.chartTitle(rule.rule)}
          desc={w.chartDesc(rule.history.length, rule.overdue)}
          bars={bars}
        />
      ) : null}
      <ScrollTable id={`table-${rule.rule}`} caption={w.tableCaption(rule.rule)}>
        <thead>
          <tr>
            <th scope="col">{w.colStarted}</th>
            <th scope="col">{w.colResult}</th>
            <th scope="col">{w.colHandled}</th>
            <th scope="col">{w.colKept}</th>
          </tr>
        </thead>
        <tbody>
          {rule.history.map((run) => (
            <tr key={run.id}>
              <th scope="row">{formatInstant(run.startedAt, lang)}</th>
              <td>{w.statuses[run.status] ?? run.status}</td>
              <td>{run.handled}</td>
              <td>{run.held}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{w.overdueNow}</th>
            <td>–</td>
            <td>{count(rule.overdue, w)}</td>
            <td>
              {rule.keptByDuty === null || rule.keptByLegalHold === null
                ? w.unknown
                : rule.keptByDuty + rule.keptByLegalHold}
            </td>
          </tr>
        </tbody>
      </ScrollTable>
    </section>
  );
}

function HoldsTable({ view, lang }: { view: RetentionOverview; lang: Lang }) {
  const w = RETENTION_CONSOLE_WORDS[lang];
  if (view.legalHolds.length === 0) return <p>{w.noHolds}</p>;
  return (
    <ScrollTable id="table-holds" caption={w.holdsTitle}>
      <thead>
        <tr>
          <th scope="col">{w.colScope}</th>
          <th scope="col">{w.colTarget}</th>
          <th scope="col">{w.colReason}</th>
          <th scope="col">{w.colPlaced}</th>
        </tr>
      </thead>
      <tbody>
        {view.legalHolds.map((h) => (
          <tr key={h.id}>
            <th scope="row">{w.scopes[h.scope]}</th>
            {/* A hold on a person shows only the identity type: the value is sealed and stays so. */}
            <td>{h.target}</td>
            <td>{h.reason}</td>
            <td>{formatInstant(h.placedAt, lang)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** The retention page: every rule's figures, its runs as a chart and a table, the holds, the evidence. */
export function retentionPage(page: PageContext, view: RetentionOverview): string {
  const w = RETENTION_CONSOLE_WORDS[page.lang];
  return renderPage(
    <AdminFrame page={page} title={w.title}>
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      {view.rules.length === 0 ? (
        <p>{w.noRules}</p>
      ) : (
        <>
          <p>{view.everyHours === null ? w.scheduleOff : w.scheduleEvery(view.everyHours)}</p>
          {view.counted ? null : (
            <Notice kind="error">
              <p>{w.notCounted}</p>
            </Notice>
          )}
          <h2 id="rules">{w.summaryTitle}</h2>
          <SummaryTable view={view} lang={page.lang} />
          {view.rules.map((rule) => (
            <RuleSection key={rule.rule} rule={rule} lang={page.lang} />
          ))}
        </>
      )}
      {view.tenantLifecycle.length > 0 ? (
        <p>
          {w.tenantLifecycle(
            view.tenantLifecycle.map((l) => `${l.rule} (${formatPeriod(l.period, page.lang)})`).join(", "),
          )}
        </p>
      ) : null}
      <h2 id="holds">{w.holdsTitle}</h2>
      <HoldsTable view={view} lang={page.lang} />
      <h2 id="evidence">{w.evidenceTitle}</h2>
      <p>{w.evidenceText}</p>
      <ul>
        <li>
          <a href={`${ADMIN_PREFIX}/retention/evidence.json`} download>
            {w.downloadJson}
          </a>
        </li>
        <li>
          <a href={`${ADMIN_PREFIX}/retention/evidence.csv`} download>
            {w.downloadCsv}
          </a>
        </li>
      </ul>
    </AdminFrame>,
  );
}
