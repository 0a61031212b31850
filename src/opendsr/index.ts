// The opendsr domain's public face: other folders import from here, never from its files.
export { type OpenDsrFiled, fileOpenDsrRequest, type OpenDsrRequestBody } from "./filing.js";
export { cancelOpenDsrRequest, openDsrDiscovery, openDsrRequestState } from "./follow.js";
export { checkStatusSoon, OPENDSR_CALLBACK_QUEUE, OPENDSR_STATUS_QUEUE, openDsrJobHandlers } from "./jobs.js";
export { findLink } from "./links.js";
export {
  OPENDSR_API_VERSION,
  OPENDSR_STATUSES,
  OPENDSR_TYPES,
  SIGNATURE_HEADER,
  WEBHOOK_SECRET_ENV,
} from "./protocol.js";
export { type OpenDsrState, openDsrState, requireState } from "./state.js";
