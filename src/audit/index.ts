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
export {
  type AuditCheckpoint,
  CheckpointError,
  type CheckpointProblem,
  describeCheckpointProblem,
  generateCheckpointKey,
  keyFingerprint,
  parseCheckpoint,
  parsePrivateKey,
  parsePublicKey,
  signCheckpoint,
} from "./checkpoint.js";
export { isWriteConflict, retryOnConflict } from "./conflict.js";
export {
  AUDIT_HEAD_KEY,
  type AuditQuery,
  type AuditRecord,
  type CheckpointCheck,
  allAuditEntries,
  appendAudit,
  appendAuditBatchIn,
  appendAuditIn,
  auditJsonLines,
  readAudit,
  type StoredAuditVerification,
  verifyStoredAudit,
} from "./store.js";
