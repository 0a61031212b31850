// Waarborg's own data kept no longer than the register says: the periods, the purge, its report.
export { OWN_DATA_DEFAULTS, latestDueStart, type OwnDataPeriod, ownDataPeriods } from "./periods.js";
export {
  OWN_DATA_BATCH_SIZE,
  type OwnDataDeps,
  type OwnDataOptions,
  type OwnDataReport,
  purgeOwnData,
} from "./purge.js";
export { renderOwnDataReport } from "./report.js";
