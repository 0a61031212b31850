// The retention domain's public face: other folders import from here, never from its files.
export {
  compileRetention,
  type CompiledRetention,
  ruleOfCollection,
  type Sweep,
  type SweepProblem,
} from "./compile.js";
export { type RetentionDeps, retentionDeps } from "./deps.js";
export {
  activeHolds,
  type LegalHold,
  LegalHoldError,
  liftLegalHold,
  listLegalHolds,
  placeLegalHold,
} from "./legal-holds.js";
export { DEFAULT_BATCH_TARGET_MS } from "./batch-size.js";
export { DEFAULT_BATCH_SIZE, type RuleReport, runRetention, type RunOptions } from "./run.js";
export { allRuns, lastRuns, type RetentionRun } from "./runs.js";
export {
  HISTORY_RUNS,
  type RetentionOverview,
  retentionOverview,
  type RuleOverview,
  type RunPoint,
} from "./overview.js";
export { renderRunReport } from "./report.js";
export {
  type RetentionEvidence,
  retentionEvidence,
  type RuleEvidence,
  type RunAuditTrail,
  type RunEvidence,
} from "./evidence.js";
export { EVIDENCE_FORMATS, type EvidenceFormat, evidenceFileName, renderEvidence } from "./evidence-render.js";
export { renderStatusCsv, renderStatusText, retentionStatus, type RuleStatus, sweepIntervalMs } from "./status.js";
export { RETENTION_WORDS } from "./words.js";
export { RETENTION_QUEUE, retentionJobHandlers, scheduleRetention } from "./jobs.js";
export {
  latestDueStart,
  OWN_DATA_DEFAULTS,
  type OwnDataReport,
  ownDataPeriods,
  purgeOwnData,
  renderOwnDataReport,
} from "./own-data/index.js";
export {
  scheduleTenantDeletion,
  type TenantCollectionProgress,
  type TenantDeletion,
  TenantDeletionError,
  tenantDeletions,
  undoTenantDeletion,
} from "./tenants.js";
export { planTenantDeletion, type TenantPlan, TenantPlanError, tenantRules } from "./tenant-plan.js";
export { runTenantPurges, type TenantPurgeOptions, type TenantPurgeReport } from "./tenant-purge.js";
export { scheduleTenantPurges, TENANT_PURGE_QUEUE, tenantJobHandlers } from "./tenant-jobs.js";
export { renderPurgeReport, renderTenantStatus } from "./tenant-report.js";
export { AccountClosureError, accountErasureRules, closeAccount, type CloseAccount } from "./accounts.js";
