// Support access grants: time-boxed, approved, signed and audited access to one tenant's data, in
// place of a standing "back door". verifier.ts is what the company's application runs.
export { type GrantDeps, grantIssuer } from "./deps.js";
export { approveGrant, type CustomerDecision, decideAsCustomer, revokeGrant } from "./decide.js";
export {
  closeEngagement,
  type Engagement,
  listEngagements,
  openEngagement,
  type OpenEngagement,
} from "./engagements.js";
export { AccessGrantError } from "./errors.js";
export { type AccessGrant, type CustomerApproval, type GrantState } from "./grant.js";
export { issueGrantToken, revocationList } from "./issue.js";
export { GRANT_PUBLISHED_KEYS_ENV, GRANT_SIGNING_KEY_ENV, grantKeySet } from "./keys.js";
export { DEFAULT_MAX_MINUTES, STAFF, supportPolicy, type SupportPolicy } from "./policy.js";
export { getGrant, type GrantUse, grantUses, listGrants, type TenantAccess, tenantAccessLog } from "./read.js";
export { requestGrant, type RequestGrant } from "./request.js";
export { REVOCATION_LIST_SECONDS, TOKEN_LIFETIME_SECONDS } from "./tokens.js";
export { reportGrantUse, type ReportUse } from "./uses.js";
export {
  createGrantVerifier,
  GRANT_TOKEN_TYPE,
  type GrantClaims,
  type GrantVerifier,
  type KeySet,
  type PublishedKey,
  type Refusal,
  REVOCATION_LIST_TYPE,
  type RevocationList,
  type Verified,
} from "./verifier.js";
