// The opendsr domain's public face: other folders import from here, never from its files.
export { checkStatusSoon, OPENDSR_CALLBACK_QUEUE, OPENDSR_STATUS_QUEUE, openDsrJobHandlers } from "./jobs.js";
export { findLink, releaseLink, reserveLink, saveLink } from "./links.js";
export {
  OPENDSR_API_VERSION,
  OPENDSR_STATUSES,
  OPENDSR_TYPES,
  SIGNATURE_HEADER,
  WEBHOOK_SECRET_ENV,
} from "./protocol.js";
export { openDsrState, requireState } from "./state.js";
