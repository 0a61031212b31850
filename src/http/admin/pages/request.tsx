import { can } from "../../../auth/index.js";
import type { RequestDetail } from "../../../requests/index.js";
import type { Lang } from "../../../kernel/index.js";
import { ErrorSummary, type FieldErrors, Notice } from "../../pages/components.js";
import { renderPage } from "../../pages/render.js";
import { formatDay, formatInstant } from "../format.js";
import { eventLabel, reachesText, statusLabel, systemOutcomeText, typeLabel } from "../labels.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";
import { AuditTable } from "./audit.js";
import { daysLeftText, DeadlineMark } from "./deadline.js";
import { AdminFrame, type PageContext } from "./frame.js";
import { shortId } from "./queue.js";
import { RequestActions } from "./request-actions.js";
import { RequestNotices } from "./request-notices.js";
import { Packages, PlanPreview } from "./request-plan.js";
import { RequestReview } from "./request-review.js";
import { taskConsoleWords } from "../task-words.js";
import { RequestTasks } from "./tasks.js";

export interface RequestView {
  detail: RequestDetail;
  notice?: string;
  /** An action that could not be done, and why. */
  problem?: string;
  errors?: FieldErrors;
  form?: Record<string, string>;
}

/** What an event says beyond its name: a status move, months, a recipient, a reason or note typed by staff. */
function eventNote(event: RequestDetail["events"][number], lang: Lang): string {
  const d = event.data;
  const parts: string[] = [];
  if (typeof d.from === "string" && typeof d.to === "string")
    parts.push(`${statusLabel(d.from, lang)} → ${statusLabel(d.to, lang)}`);
  if (typeof d.months === "number") parts.push(`+${d.months}`);
  if (typeof d.recipient === "string") parts.push(d.recipient);
  if (event.kind.startsWith("system_") && typeof d.system === "string" && typeof d.outcome === "string")
    parts.push(systemOutcomeText({ system: d.system, outcome: d.outcome, records: Number(d.records ?? 0) }, lang));
  if (typeof d.reason === "string") parts.push(d.reason);
  if (typeof d.note === "string") parts.push(d.note);
  // The engine's refusal names tables and fields as the register does; the label above says it in the page's language.
  if (event.kind === "refused_by_engine" && typeof d.message === "string") parts.push(d.message);
  if (Array.isArray(d.reaches))
    parts.push(...(d.reaches as Parameters<typeof reachesText>[0][]).map((e) => reachesText(e, lang)));
  return parts.join(" · ");
}

function Facts({ detail, lang }: { detail: RequestDetail; lang: Lang }) {
  const words = adminWords(lang);
  const r = detail.request;
  const duplicate = detail.events.find((e) => e.kind === "duplicate_of")?.data.request_id;
  return (
    <dl class="facts">
      <dt>{words.colType}</dt>
      <dd>{typeLabel(r.type, lang)}</dd>
      <dt>{words.colStatus}</dt>
      <dd>{statusLabel(r.status, lang)}</dd>
      <dt>{words.language}</dt>
      <dd>{r.lang}</dd>
      <dt>{words.colReceived}</dt>
      <dd>{formatInstant(r.received_at, lang)}</dd>
      <dt>{words.colDue}</dt>
      <dd>{detail.deadline.due ? formatDay(detail.deadline.due, lang) : "–"}</dd>
      <dt>{words.colDaysLeft}</dt>
      <dd>
        {daysLeftText(detail.deadline)} · <DeadlineMark deadline={detail.deadline} lang={lang} />
      </dd>
      {r.extended_until ? (
        <>
          <dt>{words.extendedUntil}</dt>
          <dd>{formatDay(r.extended_until, lang)}</dd>
          <dt>{words.extensionReason}</dt>
          <dd>{r.extension_reason}</dd>
        </>
      ) : null}
      {r.paused_since ? (
        <>
          <dt>{words.pausedSince}</dt>
          <dd>{formatInstant(r.paused_since, lang)}</dd>
        </>
      ) : null}
      {r.denial_reason ? (
        <>
          <dt>{words.denialReason}</dt>
          <dd>{r.denial_reason}</dd>
        </>
      ) : null}
      {typeof duplicate === "string" ? (
        <>
          <dt>{words.flags}</dt>
          <dd>
            {words.duplicateOf} <a href={`${ADMIN_PREFIX}/requests/${duplicate}`}>{shortId(duplicate)}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * One request for staff: the facts and the clock, who asked and what, the actions the role may take
 * now, what processing will do, the package, the events and (for roles that read the audit log) the
 * audit trail.
 */
export function requestPage(page: PageContext, view: RequestView): string {
  const words = adminWords(page.lang);
  const { detail } = view;
  const role = page.session?.user.role;
  const title = `${words.requestTitle} ${shortId(detail.request.id)}`;
  const errors = view.errors ?? {};
  return renderPage(
    <AdminFrame page={page} title={title}>
      <h1>{title}</h1>
      {view.notice ? <Notice kind="success">{view.notice}</Notice> : null}
      {view.problem ? (
        <Notice kind="error" title={words.actionFailed}>
          <p>{view.problem}</p>
        </Notice>
      ) : null}
      <ErrorSummary title={words.errorSummary} errors={errors} />
      <h2>{words.facts}</h2>
      <Facts detail={detail} lang={page.lang} />
      {detail.deadlineExplained.length > 0 ? (
        <>
          <h3>{words.deadlineWhy}</h3>
          <ul>
            {detail.deadlineExplained.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{words.identities}</h2>
      <ul>
        {detail.identities.map((identity, i) => (
          <li key={i}>
            {identity.type}: {identity.value}
          </li>
        ))}
      </ul>
      {Object.keys(detail.details).length > 0 ? (
        <>
          <h2>{words.details}</h2>
          <dl class="facts">
            {Object.entries(detail.details).map(([key, value]) => (
              <>
                <dt>{key}</dt>
                <dd>{typeof value === "string" ? value : JSON.stringify(value)}</dd>
              </>
            ))}
          </dl>
        </>
      ) : null}
      <RequestReview
        detail={detail}
        lang={page.lang}
        csrf={page.session?.csrfToken ?? ""}
        canReview={role !== undefined && can(role, "requests.review")}
        errors={errors}
        form={view.form ?? {}}
      />
      {detail.notices.length > 0 || ["erasure", "rectification", "restriction"].includes(detail.request.type) ? (
        <RequestNotices notices={detail.notices} lang={page.lang} />
      ) : null}
      {role && can(role, "requests.decide") ? (
        <>
          <h2>{words.actions}</h2>
          <RequestActions
            detail={detail}
            lang={page.lang}
            csrf={page.session?.csrfToken ?? ""}
            errors={errors}
            form={view.form ?? {}}
          />
        </>
      ) : null}
      <h2 id="tasks">{taskConsoleWords(page.lang).requestTasks}</h2>
      <RequestTasks
        page={page}
        tasks={detail.tasks}
        canAnswer={role !== undefined && can(role, "requests.decide") && detail.request.status === "in_progress"}
        systemName={(key) => detail.systemNames[key] ?? key}
      />
      <h2>{words.plan}</h2>
      <PlanPreview plan={detail.plan} lang={page.lang} />
      <h2>{words.packageTitle}</h2>
      <Packages packages={detail.packages} lang={page.lang} />
      <h2>{words.events}</h2>
      <ol class="events">
        {detail.events.map((e) => (
          <li key={e.id}>
            {formatInstant(e.at, page.lang)}: {eventLabel(e.kind, page.lang)} ({e.actor})
            {eventNote(e, page.lang) ? ` – ${eventNote(e, page.lang)}` : ""}
          </li>
        ))}
      </ol>
      {role && can(role, "audit.read") ? (
        <>
          <h2>{words.auditTrail}</h2>
          <AuditTable entries={detail.audit} lang={page.lang} caption={words.auditTrail} id="request-audit" />
        </>
      ) : null}
      <p>
        <a href={`${ADMIN_PREFIX}/requests`}>{words.backToRequests}</a>
      </p>
    </AdminFrame>,
  );
}
