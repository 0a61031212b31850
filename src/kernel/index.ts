// The shared kernel: the few names every domain speaks of (a language, a kind of request, a status,
// an identity). It depends on nothing, so anything may import it.
export { type InLang, isLang, type Lang, LANGUAGES, textIn } from "./lang.js";
export { isRequestType, REQUEST_TYPES, type RequestType } from "./request-types.js";
export { STATUSES, type Status } from "./statuses.js";
export { type Identity, normaliseEmail } from "./identity.js";
