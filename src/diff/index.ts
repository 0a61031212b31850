import type { Register } from "../register/index.js";
import { diffActivities } from "./activities.js";
import type { Change } from "./change.js";
import { diffCookieCategories } from "./cookie-categories.js";
import { diffCookies } from "./cookies.js";
import { diffDecisions } from "./decisions.js";
import { diffNone } from "./none.js";
import { diffOrganization } from "./organization.js";
import { diffOwnData } from "./own-data.js";
import { diffRights } from "./rights.js";
import { diffTransfers } from "./transfers.js";

export { CHANGE_KINDS, type Change, type ChangeKind, type Impact } from "./change.js";
export {
  DIFF_FORMATS,
  type DiffFormat,
  type RenderDiffOptions,
  renderDiff,
  type VersionInfo,
  versionOf,
} from "./render.js";

/**
 * What changed between two versions of a register, as it matters to the people whose data it is.
 * The order is fixed (statement and controller, activities, transfers, decisions, cookies, rights, the service's own data, what it says it does not do; within
 * each, the register's own order), so the same two registers always give the same list.
 */
export function diffRegisters(old: Register, now: Register): Change[] {
  return [
    ...diffOrganization(old, now),
    ...diffActivities(old, now),
    ...diffTransfers(old, now),
    ...diffDecisions(old, now),
    ...diffCookies(old, now),
    ...diffCookieCategories(old, now),
    ...diffRights(old, now),
    ...diffOwnData(old, now),
    ...diffNone(old, now),
  ];
}
