import type { Kysely, Selectable } from "kysely";
import { type StoreSchema, type TaskFilesTable, type TasksTable, TASK_WITHDRAWN } from "../store/index.js";

export type TaskRow = Selectable<TasksTable>;
export type TaskFileRow = Selectable<TaskFilesTable>;

/**
 * open: not answered; overdue: open past its due date; answered: done, nothing found or files;
 * withdrawn: closed unanswered because its request ended first (denied), no longer needed.
 */
export const TASK_STATES = ["open", "overdue", "answered", "withdrawn"] as const;
export type TaskState = (typeof TASK_STATES)[number];

export function taskState(task: Pick<TaskRow, "answer" | "due_on">, today: string): TaskState {
  if (task.answer === TASK_WITHDRAWN) return "withdrawn";
  if (task.answer !== null) return "answered";
  return task.due_on < today ? "overdue" : "open";
}

/** A task without its owner's note: what lists show. */
export interface TaskSummary {
  id: string;
  requestId: string;
  system: string;
  ownerName: string;
  /** The tenant whose request the task is for; null for the company's own. */
  tenant: string | null;
  dueOn: string;
  state: TaskState;
  answer: TaskRow["answer"];
  answeredAt: string | null;
  files: { id: string; name: string; size: number }[];
}

async function summaries(db: Kysely<StoreSchema>, rows: TaskRow[], today: string): Promise<TaskSummary[]> {
  const ids = rows.map((r) => r.id);
  const files =
    ids.length === 0
      ? []
      : await db
          .selectFrom("task_files")
          .select(["id", "task_id", "name", "size"])
          .where("task_id", "in", ids)
          .orderBy("created_at")
          .orderBy("id")
          .execute();
  // The tenant is the request's: read from there, so a task never says another tenant than its request.
  const requestIds = [...new Set(rows.map((r) => r.request_id))];
  const tenants = new Map<string, string | null>();
  for (let i = 0; i < requestIds.length; i += 1000)
    for (const r of await db
      .selectFrom("requests")
      .select(["id", "tenant"])
      .where("id", "in", requestIds.slice(i, i + 1000))
      .execute())
      tenants.set(r.id, r.tenant);
  return rows.map((r) => ({
    id: r.id,
    requestId: r.request_id,
    system: r.system,
    ownerName: r.owner_name,
    tenant: tenants.get(r.request_id) ?? null,
    dueOn: r.due_on,
    state: taskState(r, today),
    answer: r.answer,
    answeredAt: r.answered_at,
    files: files.filter((f) => f.task_id === r.id).map((f) => ({ id: f.id, name: f.name, size: Number(f.size) })),
  }));
}

/** A request's tasks, in the order they were made. */
export async function tasksOfRequest(
  db: Kysely<StoreSchema>,
  requestId: string,
  today: string,
): Promise<TaskSummary[]> {
  const rows = await db
    .selectFrom("tasks")
    .selectAll()
    .where("request_id", "=", requestId)
    .orderBy("created_at")
    .orderBy("system")
    .execute();
  return summaries(db, rows, today);
}

/** The tasks in one state, the soonest due first (answered, withdrawn: the latest closed first). */
export async function listTasks(
  db: Kysely<StoreSchema>,
  state: TaskState,
  today: string,
  limit = 200,
): Promise<TaskSummary[]> {
  let q = db.selectFrom("tasks").selectAll();
  if (state === "answered")
    q = q.where("answer", "is not", null).where("answer", "!=", TASK_WITHDRAWN).orderBy("answered_at", "desc");
  else if (state === "withdrawn") q = q.where("answer", "=", TASK_WITHDRAWN).orderBy("answered_at", "desc");
  else {
    q = q.where("answer", "is", null);
    q = state === "overdue" ? q.where("due_on", "<", today) : q.where("due_on", ">=", today);
    q = q.orderBy("due_on").orderBy("created_at");
  }
  return summaries(db, await q.orderBy("id").limit(limit).execute(), today);
}

/** How many tasks of each request are still open, for the queue's "waiting for N tasks". */
export async function openTaskCounts(
  db: Kysely<StoreSchema>,
  requestIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  // A thousand ids per query: within every dialect's limit on bound parameters.
  for (let i = 0; i < requestIds.length; i += 1000) {
    const rows = await db
      .selectFrom("tasks")
      .select(["request_id", (eb) => eb.fn.countAll().as("open")])
      .where("answer", "is", null)
      .where("request_id", "in", requestIds.slice(i, i + 1000))
      .groupBy("request_id")
      .execute();
    for (const r of rows) counts.set(r.request_id, Number(r.open));
  }
  return counts;
}

export async function openTasksOf(db: Kysely<StoreSchema>, requestId: string): Promise<number> {
  return (await openTaskCounts(db, [requestId])).get(requestId) ?? 0;
}

export async function loadTask(db: Kysely<StoreSchema>, taskId: string): Promise<TaskRow | undefined> {
  return db.selectFrom("tasks").selectAll().where("id", "=", taskId).executeTakeFirst();
}

/** For the dashboard: requests in progress that wait for a task, and open tasks past their due date. */
export async function taskCounts(
  db: Kysely<StoreSchema>,
  today: string,
): Promise<{ waitingRequests: number; overdueTasks: number }> {
  const row = await db
    .selectFrom("tasks")
    .innerJoin("requests", "requests.id", "tasks.request_id")
    .select([
      (eb) => eb.fn.count<number | string>("tasks.request_id").distinct().as("waiting"),
      (eb) =>
        eb.fn
          .sum<number | string | null>(eb.case().when("tasks.due_on", "<", today).then(1).else(0).end())
          .as("overdue"),
    ])
    .where("tasks.answer", "is", null)
    .where("requests.status", "=", "in_progress")
    .executeTakeFirstOrThrow();
  return { waitingRequests: Number(row.waiting), overdueTasks: Number(row.overdue ?? 0) };
}
