// The datasets domain's public face: other folders import from here, never from its files.
export { type AccessResult, collectAccess } from "./access.js";
export { BlastRadiusError, blastRadius, blastRadiusMessage, type Escape, findPerson } from "./blast-radius.js";
export { clearColumnCache } from "./column-cache.js";
export { type Crossing, personCrossings } from "./crossings.js";
export { significantDrift } from "./discovery/drift.js";
export { renderJson, renderText, type Report } from "./discovery/render.js";
export { discoverTarget } from "./discovery/report.js";
export { DEFAULT_SAMPLE_SIZE } from "./discovery/sample.js";
export { resolveTarget, TargetError } from "./discovery/target.js";
export { ErasureRefused, type ErasureReport, executeErasure } from "./erase.js";
export { planErasure, planErasureOnDatabase } from "./erasure-plan.js";
export { buildGraph, identityTypes, unreachableCollections } from "./graph.js";
export { parseIdentity } from "./identity.js";
export { checkLiveDatasets } from "./live-check.js";
export { accessDocument } from "./package/document.js";
export { accessCsv, accessJson, accessPackageFiles, type PackageFile } from "./package/files.js";
export { NO_DATA } from "./package/no-data.js";
export { writePackageFiles } from "./package/write.js";
export {
  compileOnlyConnections,
  describePlan,
  describePlanOnDatabase,
  ENGINE_ACTION,
  PLANNED_TYPES,
  type PlanStep,
  type RequestPlan,
} from "./plan.js";
export { checkRectification, type Correction, parseCorrection, rectify, validateCorrections } from "./rectify.js";
export { RectificationRefused } from "./rectify-guards.js";
export { restrict } from "./restrict.js";
export { requestGraph, type RequestSession, withSession } from "./session.js";
export { type WalkResult, walkRows, type WalkStep } from "./walk.js";
// The pieces retention sweeps reuse: the same holds, masking and restriction marker as a request.
export { closeConnections, type Connections, openConnections } from "./connections.js";
export {
  childrenFirst,
  type CollectionDef,
  type DatasetGraph,
  type Edge,
  personalFields,
  tenantColumnOf,
} from "./graph.js";
export { scopeToTenant, TenantScopeError } from "./tenant-scope.js";
export { leaveToTenants, referredTenants } from "./tenant-referral.js";
export { addPeriod, type HeldBy } from "./holds.js";
export { maskRows } from "./masked-update.js";
export { maskingKey, maskValue, strategyOf, type Strategy, type WritingStrategy } from "./masking.js";
export { ensureSideTables, markRestricted, restrictedKeys } from "./restriction.js";
export { keyOf, type Row, tableDb } from "./table.js";
export type { CollectionErasure } from "./erasure-plan.js";
