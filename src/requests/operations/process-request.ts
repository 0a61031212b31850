import {
  BlastRadiusError,
  ErasureRefused,
  type PackageFile,
  RectificationRefused,
  TenantScopeError,
} from "../../datasets/index.js";
import type { RequestRow } from "../../store/index.js";
import type { RequestType } from "../../kernel/index.js";
import { changeIn, changeRequest, inTransaction } from "../change.js";
import { recordRefusalOnce } from "../process/refusal-once.js";
import type { ServiceContext } from "../../context/index.js";
import { followUp } from "../process/follow-up.js";
import type { Outcome } from "../process/outcome.js";
import { runAccess } from "../process/run-access.js";
import { runRecorded, runRectification, runRestriction } from "../process/run-changes.js";
import { runErasure } from "../process/run-erasure.js";
import { loadRequest } from "../records.js";
import { TransitionError } from "../states.js";
import { systemsReached, systemsSkipped, tasksPackagePart, type TasksPart } from "../../tasks/index.js";
import { awaitTasks } from "../process/tasks.js";
import { ENGINE_FIRST, recordedEngineOutcome, recordEngineOutcomeOnce } from "../process/engine-done.js";
import { refuseUnrecordedSystems } from "../process/tenant-systems.js";

/** What the engine runs per type; human review is a reviewer's work and has no run (review/review.ts). */
const RUN: Record<
  Exclude<RequestType, "automated_decision_review">,
  (ctx: ServiceContext, row: RequestRow, tasks: TasksPart) => Promise<Outcome>
> = {
  access: runAccess,
  portability: runAccess,
  erasure: runErasure,
  rectification: runRectification,
  restriction: runRestriction,
  objection: runRecorded,
  withdrawal: runRecorded,
};

export interface ProcessOptions {
  /**
   * Handed the files of the access package this run stored, before the follow-up. The worker keeps
   * none; `waarborg access -o` writes them to a folder as well.
   */
  keepFiles?: (files: readonly PackageFile[]) => void;
}

/**
 * The body of the "request.process" job. Idempotent, as every job must be: it looks at where the
 * request stands and does only what is left.
 * - verified: start it;
 * - in progress: a tenant's request that would reach a system recording nothing about the tenants is
 *   refused first, before the engine runs or a task is made or mailed. Then, for an erasure, a
 *   rectification or a restriction, run the engine on the databases and HTTP systems and, when the
 *   type reaches systems that answer later, record what it came to (ENGINE_DONE_EVENT, once: see
 *   process/engine-done.ts), so the company's own data changes without undue delay however long a
 *   manual system's owner takes. Then make the tasks of the manual and webhook systems its type
 *   reaches (a tenant's skips those holding none of its end users) and wait while any is open
 *   (answering the last one queues this job again). Once none is: an erasure, rectification or
 *   restriction completes with the recorded outcome and the tasks' answers; an access or
 *   portability request runs the engine only now, so its package holds the databases, the APIs and
 *   every task's answer as of one moment. The completion and its package go in one transaction, so
 *   a second run (a retried job, a second worker) cannot add a second package or complete twice;
 * - completed: tell the recipients and the requester, each once;
 * - anything else (waiting for a code or for approval, denied, cancelled): nothing to do.
 * A refusal by the engine (the register would reach other people, the database would refuse the
 * erasure) is recorded, once while nothing changed, and the request stays in progress; for the types that run the engine first
 * that is before any task is made, so no owner is asked to shred a folder for an erasure that did
 * not happen. A worker that dies between the engine's work and its record runs the engine again on
 * the retry; that run finds what is left, so its counts are what the record then holds.
 * A request for human review is never run: a reviewer takes it and records the outcome, and that
 * operation does the follow-up itself. A job that reaches one anyway (queued before an upgrade) ends.
 */
export async function processRequest(
  ctx: ServiceContext,
  requestId: string,
  options: ProcessOptions = {},
): Promise<{ status: RequestRow["status"] }> {
  let row = await loadRequest(ctx.store.db, requestId);
  const type = row.type;
  if (type === "automated_decision_review") return { status: row.status };
  if (row.status === "verified") row = await lostRaceIsFine(ctx, requestId, () => start(ctx, requestId));
  if (row.status === "in_progress") row = await carryOut(ctx, row, options);
  if (row.status === "completed" || row.status === "partially_completed") await followUp(ctx, row);
  return { status: row.status };
}

/** The in-progress part of processRequest: the request as it stands afterwards (still in progress while it waits). */
async function carryOut(ctx: ServiceContext, row: RequestRow, options: ProcessOptions): Promise<RequestRow> {
  const tenant = row.tenant ?? undefined;
  try {
    refuseUnrecordedSystems(ctx.register, row.type, tenant);
  } catch (error) {
    if (!(error instanceof TenantScopeError)) throw error;
    await recordEngineRefusal(ctx, row.id, error);
    return row;
  }
  let engine: Outcome | undefined;
  if (ENGINE_FIRST.has(row.type)) {
    engine = await recordedEngineOutcome(ctx.store.db, row.id);
    if (!engine) {
      const ran = await runOrRefuse(ctx, row, NO_TASKS);
      if (!ran) return row;
      // With no task to wait for, the completion follows at once and is the record.
      engine =
        systemsReached(ctx.register, row.type, tenant).length > 0
          ? await recordEngineOutcomeOnce(ctx, row.id, ran)
          : ran;
    }
  }
  const waiting = await awaitTasks(ctx, row);
  if (waiting.row.status !== "in_progress" || waiting.open > 0) return waiting.row;
  const tasks = await tasksPackagePart(ctx, ctx.store.db, row.id, row.lang);
  const outcome = engine ?? (await runOrRefuse(ctx, row, tasks));
  if (!outcome) return row;
  if (tasks.summary.length > 0) outcome.data.tasks = tasks.summary;
  // The manual and webhook systems a tenant's request left out, beside the APIs' skips in `systems`.
  const skipped = systemsSkipped(ctx.register, row.type, tenant);
  if (skipped.length > 0) outcome.data.skipped_systems = skipped;
  let completed = false;
  const done = await lostRaceIsFine(ctx, row.id, async () => {
    const moved = await complete(ctx, row.id, outcome);
    completed = true;
    return moved;
  });
  // Only the run whose package was stored hands its files on: a run that lost the race built files
  // nobody will find in the store.
  if (completed && outcome.files) options.keepFiles?.(outcome.files);
  return done;
}

/** What an engine part run before the tasks adds to the package: nothing, the answers come later. */
const NO_TASKS: TasksPart = { files: [], sections: [], summary: [] };

/** Runs the engine for the request's type; a refusal is recorded and gives undefined. */
async function runOrRefuse(ctx: ServiceContext, row: RequestRow, tasks: TasksPart): Promise<Outcome | undefined> {
  try {
    return await RUN[row.type as keyof typeof RUN](ctx, row, tasks);
  } catch (error) {
    if (error instanceof BlastRadiusError) await recordRefusal(ctx, row.id, error);
    else if (
      error instanceof ErasureRefused ||
      error instanceof RectificationRefused ||
      error instanceof TenantScopeError
    )
      await recordEngineRefusal(ctx, row.id, error);
    else throw error;
    return undefined;
  }
}

/** The kind of the event that says the engine refused to run the request (see recordRefusal). */
export const REFUSED_EVENT = "refused_other_people";
/**
 * The engine refused before changing anything: the database would refuse the erasure, the correction
 * is unsafe, or a tenant's request could reach rows of another tenant.
 */
export const REFUSED_BY_ENGINE_EVENT = "refused_by_engine";
/** Every kind of refusal the engine records, for callers that report one. */
export const REFUSED_EVENTS: readonly string[] = [REFUSED_EVENT, REFUSED_BY_ENGINE_EVENT];

/**
 * An erasure the database would reject (a missing column, NULL into NOT NULL) or a rectification of
 * held rows, of another person's identity or too long for its column: nothing changed and a retry
 * cannot help until the register, the database or the correction does. So is a tenant's request
 * whose walk nothing ties to that tenant. The message names tables, fields and counts, never a value.
 * Recorded once while nothing changed (see recordRefusalOnce).
 */
async function recordEngineRefusal(
  ctx: ServiceContext,
  requestId: string,
  error: ErasureRefused | RectificationRefused | TenantScopeError,
): Promise<void> {
  await recordRefusalOnce(ctx, requestId, {
    actor: "worker",
    kind: REFUSED_BY_ENGINE_EVENT,
    data: { message: error.message },
    audit: {
      refused:
        error instanceof ErasureRefused
          ? "erasure"
          : error instanceof RectificationRefused
            ? "rectification"
            : "tenant_scope",
    },
  });
}

/**
 * The register would make the request reach other people: nothing changed, and retrying cannot help
 * until the register does. The request stays in progress with the refusal in its history (the paths
 * and counts, no values), and the job ends: the officer runs it again once the register is fixed.
 * Recorded once while nothing changed (see recordRefusalOnce).
 */
async function recordRefusal(ctx: ServiceContext, requestId: string, error: BlastRadiusError): Promise<void> {
  await recordRefusalOnce(ctx, requestId, {
    actor: "worker",
    kind: REFUSED_EVENT,
    data: { reaches: error.escapes, message: error.message },
    audit: { people: error.escapes.reduce((sum, e) => sum + e.people, 0), paths: error.escapes.map((e) => e.path) },
  });
}

function start(ctx: ServiceContext, requestId: string): Promise<RequestRow> {
  return changeRequest(ctx, requestId, { actor: "worker", kind: "start", event: "start" });
}

function complete(ctx: ServiceContext, requestId: string, outcome: Outcome): Promise<RequestRow> {
  return inTransaction(ctx, async (trx) => {
    const row = await changeIn(ctx, trx, requestId, {
      actor: "worker",
      kind: outcome.event,
      event: outcome.event,
      data: outcome.data,
      audit: outcome.audit,
    });
    if (outcome.package) {
      await trx.insertInto("packages").values(outcome.package).execute();
      await changeIn(ctx, trx, requestId, {
        actor: "worker",
        kind: "package_created",
        data: { package_id: outcome.package.id, file_name: outcome.package.file_name },
        audit: { package_id: outcome.package.id },
      });
    }
    return row;
  });
}

/** Another worker moved the request first: carry on from where it now stands. */
async function lostRaceIsFine(
  ctx: ServiceContext,
  requestId: string,
  move: () => Promise<RequestRow>,
): Promise<RequestRow> {
  try {
    return await move();
  } catch (error) {
    if (!(error instanceof TransitionError)) throw error;
    return loadRequest(ctx.store.db, requestId);
  }
}
