export {
  API_SCOPES,
  TENANT_SCOPES,
  type ApiScope,
  type ApiToken,
  authenticateApiToken,
  createApiToken,
  isScope,
  listApiTokens,
  revokeApiToken,
} from "./api-tokens.js";
export { type Change } from "./audit.js";
export { csrfTokenMatches } from "./csrf.js";
export { AuthInputError } from "./errors.js";
export { generatePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords.js";
export { counterKey, pruneLimitCounters, releaseSlot, type Slot, takeSlot, takeSlots } from "./limit-counters.js";
export { type DelayPolicy, delayAfter, SIGN_IN_LIMITS, SignInLimiter, type SignInLimits } from "./rate-limit.js";
export { can, isRole, PERMISSIONS, type Permission, rolesWith, USER_ROLES, type UserRole } from "./roles.js";
export {
  type ActiveSession,
  createSession,
  endSession,
  type NewSession,
  pruneSessions,
  resolveSession,
  SESSION_IDLE_MS,
} from "./sessions.js";
export { type SignInAttempt, type SignInResult, signIn } from "./sign-in.js";
export {
  createUser,
  disableUser,
  findUser,
  findUserByEmail,
  listUsers,
  type NewUser,
  normalizeEmail,
  type User,
} from "./users.js";
