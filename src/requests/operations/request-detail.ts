import { type AuditEntry, readAudit } from "../../audit/index.js";
import { compileOnlyConnections, describePlan, ENGINE_ACTION, type PlanStep } from "../../datasets/index.js";
import { deadlineFor, type DeadlineStatus, explainDeadline } from "../../deadlines/index.js";
import type { RequestRow } from "../../store/index.js";
import type { Register } from "../../register/index.js";
import { clockState, clockStatus } from "../clock.js";
import type { ServiceContext } from "../../context/index.js";
import { openRequest } from "../identities.js";
import type { Identity } from "../../kernel/index.js";
import { type Notice, noticesOf } from "../notices.js";
import { planRequest } from "../plan.js";
import { loadRequest, type RequestEvent, readEvents } from "../records.js";
import { type LifecycleEvent, possibleEvents } from "../states.js";
import { isHumanReviewed, type ReviewRecord } from "../review/review.js";
import { REVIEW_RECORDED_EVENT } from "./record-review.js";
import { systemName, type TaskSummary, tasksOfRequest } from "../../tasks/index.js";
import { today } from "../clock.js";

type AutomatedDecision = Register["automated_decisions"][string];

export interface RequestDetail {
  request: Omit<RequestRow, "identities_encrypted" | "identities_hash" | "status_token_hash" | "details">;
  identities: Identity[];
  /** The type's details: ids and field names, with the values and notes the person gave. */
  details: Record<string, unknown>;
  deadline: DeadlineStatus;
  /** Why the due date is what it is, sentence by sentence, in the register's first language. */
  deadlineExplained: string[];
  /** Events that can happen now, for showing only the buttons that work. */
  actions: LifecycleEvent[];
  events: RequestEvent[];
  audit: AuditEntry[];
  /** Oldest first; `available` while not expired and with downloads left. */
  packages: {
    id: string;
    fileName: string;
    expiresAt: string;
    downloadsLeft: number;
    createdAt: string;
    available: boolean;
  }[];
  /** The tasks of manual systems this request reached, open or answered. */
  tasks: TaskSummary[];
  /** The register's name of each system a task names. */
  systemNames: Record<string, string>;
  /** What the engine will do, with the SQL compiled for each database; null for types it does not run. */
  plan: {
    steps: PlanStep[];
    unreachable: string[];
    referred: string[];
    companyOwn: string[];
    /** Why the run refuses a tenant's request before reading a row (see planRequest); no steps then. */
    refusal?: string;
  } | null;
  /**
   * For a human review: the decision as the register describes it now (undefined when it was taken
   * out since), and the outcome once recorded. Null for every other type.
   */
  review: {
    decisionId: string;
    decision: AutomatedDecision | undefined;
    recorded: ReviewRecord | undefined;
  } | null;
  /** The Art. 19 notices to recipients, with whether each was acknowledged. */
  notices: Notice[];
}

/**
 * The request page of the admin console: who asked, what, where the clock stands and why, what the
 * engine will do, and the full trail of events and audit entries. Only for staff: it decrypts.
 */
export async function requestDetail(ctx: ServiceContext, requestId: string): Promise<RequestDetail> {
  const row = await loadRequest(ctx.store.db, requestId);
  const events = await readEvents(ctx.store.db, requestId);
  const sealed = openRequest(ctx, row.id, row.identities_encrypted);
  const packages = await ctx.store.db
    .selectFrom("packages")
    .select(["id", "file_name", "expires_at", "downloads_left", "created_at"])
    .where("request_id", "=", requestId)
    .orderBy("created_at")
    .execute();
  const deadline = deadlineFor(clockState(row, events), { calendar: ctx.calendar });
  const { identities_encrypted: _e, identities_hash: _h, status_token_hash: _t, details: open, ...request } = row;
  return {
    request,
    identities: sealed.identities,
    details: { ...(JSON.parse(open) as Record<string, unknown>), ...sealed.details },
    deadline: clockStatus(ctx, row, events),
    deadlineExplained: deadline.paused ? [] : explainDeadline(deadline, ctx.register.statement.languages[0] ?? "nl"),
    actions: possibleEvents(row.status),
    events,
    audit: await readAudit(ctx.store, { subjectType: "request", subjectId: requestId }),
    tasks: await tasksOfRequest(ctx.store.db, requestId, today(ctx)),
    systemNames: Object.fromEntries(
      Object.keys(ctx.register.datasets?.systems ?? {}).map((key) => [
        key,
        systemName(ctx.register, key, ctx.register.statement.languages[0] ?? "nl"),
      ]),
    ),
    packages: packages.map((p) => ({
      id: p.id,
      fileName: p.file_name,
      expiresAt: p.expires_at,
      downloadsLeft: p.downloads_left,
      createdAt: p.created_at,
      available: p.expires_at > ctx.now().toISOString() && p.downloads_left > 0,
    })),
    plan: planFor(ctx, row, sealed.identities),
    review: reviewFor(ctx, row, events),
    notices: await noticesOf(ctx, requestId),
  };
}

function reviewFor(ctx: ServiceContext, row: RequestRow, events: readonly RequestEvent[]): RequestDetail["review"] {
  if (!isHumanReviewed(row.type)) return null;
  const decisionId = String((JSON.parse(row.details) as { decision?: unknown }).decision ?? "");
  const recorded = [...events].reverse().find((e) => e.kind === REVIEW_RECORDED_EVENT)?.data as
    ReviewRecord | undefined;
  return { decisionId, decision: ctx.register.automated_decisions[decisionId], recorded };
}

/**
 * The walk as the run takes it: the company's own request leaves its tenants' collections to them, a
 * tenant's is narrowed to its rows or refused (planRequest).
 */
function planFor(ctx: ServiceContext, row: RequestRow, identities: readonly Identity[]): RequestDetail["plan"] {
  if (ENGINE_ACTION[row.type] === null || Object.keys(ctx.register.datasets?.collections ?? {}).length === 0)
    return null;
  const types = [...new Set(identities.map((i) => i.type))];
  const reach = planRequest(ctx.register, row.type, types, row.tenant ?? undefined);
  if (reach.refused !== undefined)
    return { steps: [], unreachable: [], referred: [], companyOwn: [], refusal: reach.refused };
  return describePlan(reach.graph!, types, row.type, compileOnlyConnections(ctx.register, ctx.env));
}
