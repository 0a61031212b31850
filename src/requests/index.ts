// The request lifecycle's operations: transport-free functions the privacy center, the admin console,
// the API, the CLI and the workers all call with a ServiceContext.
export { FinishedError, GoneError, NotFoundError, OperationError, TransitionError } from "./errors.js";
export { type CheckedRequest, checkFileRequest, FileRequestInput } from "./input.js";
export { inTransaction, type StoreTransaction } from "./change.js";
export { DOWNLOAD_PATH, STATUS_PATH } from "./links.js";
export { CODE_ATTEMPTS, CODE_MINUTES } from "./codes.js";
export { PACKAGE_DAYS, PACKAGE_DOWNLOADS } from "./package/store-package.js";
export { NOTIFY_QUEUE, PROCESS_QUEUE, TASK_WEBHOOK_QUEUE, TENANT_CALLBACK_QUEUE } from "./processing.js";
export {
  sendTenantCallback,
  TENANT_CALLBACK_FAILED_EVENT,
  TENANT_CALLBACK_SENT_EVENT,
} from "./operations/send-tenant-callback.js";
export { needsApproval } from "./rights.js";
export { SIGNATURE_HEADER, signWebhook, verifyWebhook } from "./webhook-signature.js";
export { type AnsweredTask, answerTask, TASK_ANSWERED_EVENT } from "./operations/answer-task.js";
export { approveRequest } from "./operations/approve-request.js";
export { cancelRequest } from "./operations/cancel-request.js";
export { appRequestStatus } from "./operations/app-request-status.js";
export {
  allowsAppVerification,
  type AppVerification,
  type AppVerifiedRequest,
  fileAppVerifiedRequest,
} from "./operations/file-app-verified-request.js";
export { type DashboardStats, dashboardStats, type MonthCount } from "./operations/dashboard-stats.js";
export { type DownloadedPackage, downloadPackage } from "./operations/download-package.js";
export { downloadRequestPackage } from "./operations/request-package.js";
export { denyRequest } from "./operations/deny-request.js";
export { extendRequest } from "./operations/extend-request.js";
export {
  type Admission,
  DUPLICATE_DAYS,
  type FiledInTransaction,
  type FiledRequest,
  fileRequest,
  fileRequestIfAdmitted,
  fileRequestIn,
  mailFilingCode,
} from "./operations/file-request.js";
export {
  fileTenantRequest,
  TENANT_VERIFIED_EVENT,
  type TenantFiling,
  type TenantRequest,
} from "./operations/file-tenant-request.js";
export { TENANT_INFORMED_EVENT } from "./tenant-answers.js";
export { type ListQuery, listRequests, type QueuePosition, type RequestListItem } from "./operations/list-requests.js";
export { decodeCursor, pageRequests, QUEUE_PAGE_SIZE, type QueuePage } from "./operations/queue-page.js";
export { type LiftedRestriction, liftRestriction } from "./operations/lift-restriction.js";
export { notifyRecipient } from "./operations/notify-recipient.js";
export {
  acknowledgeNotice,
  noticeByToken,
  type NoticeView,
  recordAcknowledgement,
} from "./operations/acknowledge-notice.js";
export { type RecipientReminder, remindRecipients } from "./operations/remind-recipients.js";
export {
  ACKNOWLEDGE_PATH,
  acknowledgementToken,
  acknowledgementUrl,
  type Notice,
  type NoticeState,
  noticesOf,
} from "./notices.js";
export {
  type OperatorRequestInput,
  type OperatorRequestResult,
  runOperatorRequest,
} from "./operations/operator-request.js";
export { pauseClock } from "./operations/pause-clock.js";
export { processRequest } from "./operations/process-request.js";
export { ENGINE_DONE_EVENT } from "./process/engine-done.js";
export { TASKS_WITHDRAWN_EVENT } from "./withdraw-tasks.js";
export { type RequestDetail, requestDetail } from "./operations/request-detail.js";
export { requireTenantRequest } from "./operations/tenant-request.js";
export { PUBLIC_EVENTS, type RequestStatusView, requestStatus } from "./operations/request-status.js";
export { remindTasks } from "./operations/remind-tasks.js";
export { resendCode } from "./operations/resend-code.js";
export { answerTaskByLink, taskByLink, type TaskLinkView } from "./operations/task-link.js";
export { answerTaskByWebhook, WEBHOOK_RECORDS_FILE } from "./operations/answer-task-webhook.js";
export { sendTaskWebhook, WEBHOOK_FAILED_EVENT, WEBHOOK_SENT_EVENT } from "./operations/send-task-webhook.js";
export { TASK_CREATED_EVENT } from "./process/tasks.js";
export { resumeClock } from "./operations/resume-clock.js";
export { recordRecipientInformed } from "./operations/record-recipient-informed.js";
export { retryRequest } from "./operations/retry-request.js";
export { REVIEW_RECORDED_EVENT, recordReview } from "./operations/record-review.js";
export { REVIEW_TAKEN_EVENT, takeReview } from "./operations/take-review.js";
export {
  isHumanReviewed,
  REVIEW_OUTCOMES,
  type ReviewInput,
  type ReviewOutcome,
  type ReviewReasons,
  type ReviewRecord,
} from "./review/review.js";
export { requestWithToken, type VerifyResult, verifyRequest } from "./operations/verify-request.js";
export { canHappen, FINAL, type LifecycleEvent, next, possibleEvents } from "./states.js";
export { unreachedRecipients } from "./recipients-reached.js";
export type { RequestEvent } from "./records.js";
export { requestJobHandlers } from "./jobs.js";
export { packageLink } from "./operations/package-link.js";
export { isStranded, requeueStranded } from "./operations/requeue-stranded.js";
export type { ResendResult } from "./operations/resend-code.js";
export { isOffered, offeredTypes, reviewableDecisions, TYPE_RIGHT } from "./rights.js";
export { type PlannedTask, planRequest, type RequestReach } from "./plan.js";
