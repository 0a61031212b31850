// Manual tasks for systems with no API: which systems a request reaches, the tasks, their answers,
// reminders and escalation, and what they add to the package. The request lifecycle calls in here.
export { cleanFileName, MAX_TASK_FILE_BYTES, MAX_TASK_FILES, recordAnswerIn, type TaskAnswerInput } from "./answer.js";
export { insertTasksIn, mailNewTasks, type TaskRequest } from "./create.js";
export { DEADLINE_MARGIN_DAYS, REMIND_BEFORE_DAYS, taskDueOn } from "./due.js";
export { TaskError } from "./errors.js";
export { TASK_HOOK_PATH, TASK_PATH, taskHookUrl } from "./links.js";
export { tasksPackagePart, type TasksPart } from "./package-part.js";
export { ownerOf, type ReachedSystem, systemName, systemsReached, systemsSkipped } from "./reach.js";
export {
  listTasks,
  loadTask,
  openTaskCounts,
  openTasksOf,
  TASK_STATES,
  taskCounts,
  type TaskRow,
  type TaskState,
  type TaskSummary,
  tasksOfRequest,
  taskState,
} from "./read.js";
export { officerAddress, type RequestLookup, type SweepResult, sweepTasks } from "./remind.js";
export { checkTaskToken, signTaskToken, TASK_LINK_DAYS } from "./tokens.js";
export { withdrawTasksIn } from "./withdraw.js";
