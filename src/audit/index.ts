// The tamper-evident audit log: a hash chain (chain.ts) kept in the service store (store.ts).
export {
  type AuditEntry,
  type ChainHead,
  type ChainProblem,
  canonicalJson,
  chainEntry,
  describeProblem,
  GENESIS,
  verifyChain,
} from "./chain.js";
export { isWriteConflict, retryOnConflict } from "./conflict.js";
export {
  AUDIT_HEAD_KEY,
  type AuditQuery,
  type AuditRecord,
  allAuditEntries,
  appendAudit,
  appendAuditBatchIn,
  appendAuditIn,
  auditJsonLines,
  readAudit,
  type StoredAuditVerification,
  verifyStoredAudit,
} from "./store.js";
