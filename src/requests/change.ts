import type { Transaction } from "kysely";
import { appendAuditBatchIn, appendAuditIn, type AuditRecord, retryOnConflict } from "../audit/index.js";
import type { RequestRow, RequestUpdate, StoreSchema } from "../store/index.js";
import type { Actor, ServiceContext } from "../context/index.js";
import { NotFoundError } from "./errors.js";
import { type LifecycleEvent, next } from "./states.js";

export type StoreTransaction = Transaction<StoreSchema>;

/**
 * One thing that happens to a request: one row in request_events and one entry in the audit log,
 * written together with the request's own change. With `event`, the status moves, and only as the
 * transition table allows (states.ts); everything else (an extension, a pause, a package) is an event
 * without a move.
 */
export interface Change {
  actor: Actor;
  /** The event's kind; for a status move, the lifecycle event's name. */
  kind: string;
  event?: LifecycleEvent;
  /** What the event shows in the admin console. May hold a reason typed by a person. */
  data?: Record<string, unknown>;
  /** What the audit log keeps: ids, statuses, counts and hashes only (the log is exported as is). */
  audit?: Record<string, unknown>;
  /** Columns to change with it, from the request as it is now. */
  set?: (row: RequestRow) => Omit<RequestUpdate, "id" | "status">;
  /** Checks on the current request before anything is written; throws to refuse. */
  guard?: (row: RequestRow) => void;
}

/**
 * Runs `work` in a store transaction, again from the start when it lost a race (for the audit log's
 * next number, or for the request row on SQLite across processes). `work` must only touch the store
 * through `trx`: on SQLite a query outside it would wait for the very transaction it runs in.
 */
export function inTransaction<T>(ctx: ServiceContext, work: (trx: StoreTransaction) => Promise<T>): Promise<T> {
  return retryOnConflict(() =>
    ctx.store.db.transaction().execute(async (trx) => {
      const audit: AuditRecord[] = [];
      deferredAudit.set(trx, audit);
      const result = await work(trx);
      // Last, so the audit chain's head is locked for three statements and the commit, not for the
      // whole transaction: every writer of the log waits for that lock.
      await appendAuditBatchIn(trx, ctx.store.dialect, audit);
      return result;
    }),
  );
}

/** The audit entries of a transaction run by inTransaction, appended together before it commits. */
const deferredAudit = new WeakMap<StoreTransaction, AuditRecord[]>();

/** Applies one change inside a transaction and returns the request as it is afterwards. */
export async function changeIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  requestId: string,
  change: Change,
): Promise<RequestRow> {
  return changeHeldIn(ctx, trx, await holdIn(ctx, trx, requestId), change);
}

/** Reads the request and holds its row until commit, so two workers cannot both move the same request. */
export async function holdIn(ctx: ServiceContext, trx: StoreTransaction, requestId: string): Promise<RequestRow> {
  const query = trx.selectFrom("requests").selectAll().where("id", "=", requestId);
  const row = await ctx.store.dialect.forUpdate(query).executeTakeFirst();
  if (!row) throw new NotFoundError("request");
  return row;
}

/**
 * changeIn for a request this transaction already holds as it is now: one it created, or one it read
 * for update. Nothing is read again; no other writer can have moved it in between.
 */
export async function changeHeldIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  row: RequestRow,
  change: Change,
): Promise<RequestRow> {
  change.guard?.(row);
  const to = change.event ? next(row.status, change.event) : row.status;
  const at = ctx.now().toISOString();
  const update = { ...change.set?.(row), status: to, updated_at: at };
  await trx.updateTable("requests").set(update).where("id", "=", row.id).execute();
  await recordIn(ctx, trx, row, change, at, change.event ? { from: row.status, to } : {});
  return { ...row, ...update } as RequestRow;
}

/**
 * The event row and the audit entry of a change whose write to the request is already done: a filing,
 * whose insert is the change. Status moves go through changeIn, which checks them.
 */
export async function recordIn(
  ctx: ServiceContext,
  trx: StoreTransaction,
  row: Pick<RequestRow, "id" | "type">,
  change: Omit<Change, "event" | "set" | "guard">,
  at: string,
  moved: { from?: string; to?: string } = {},
): Promise<void> {
  await trx
    .insertInto("request_events")
    .values({
      request_id: row.id,
      at,
      kind: change.kind,
      actor: change.actor,
      data: JSON.stringify({ ...moved, ...change.data }),
    })
    .execute();
  const record: AuditRecord = {
    actor: change.actor,
    action: `request.${change.kind}`,
    subjectType: "request",
    subjectId: row.id,
    data: { type: row.type, ...moved, ...change.audit },
    at: new Date(at),
  };
  const deferred = deferredAudit.get(trx);
  if (deferred) deferred.push(record);
  else await appendAuditIn(trx, ctx.store.dialect, record);
}

/** One change in a transaction of its own. */
export function changeRequest(ctx: ServiceContext, requestId: string, change: Change): Promise<RequestRow> {
  return inTransaction(ctx, (trx) => changeIn(ctx, trx, requestId, change));
}
