// The vocabulary domain's public face: other folders import from here, never from its files.
export { addressed, addressedWords, type FormOfAddress, wordsIn } from "./address.js";
export { ART9_GROUND_PHRASE, ART9_GROUND_TERM } from "./art9-grounds.js";
export { CONSENT_MECHANISM, COOKIE_KIND_PLURAL, COOKIE_PURPOSE_NAME, COOKIE_PURPOSE_TERM } from "./consent.js";
export { formatDate } from "./dates.js";
export { BASIS_NAME, BASIS_REASON, BASIS_TERM, basisArticle, basisCitation } from "./legal-bases.js";
export { capitalize, joinList, oneLine, sentence, withoutFullStop } from "./lists.js";
export { AGREEMENT_STATUS, RECIPIENT_KIND, ROLE } from "./recipients.js";
export {
  HOLD_GROUND,
  RETENTION_ACTION,
  RETENTION_ACTION_DONE,
  RETENTION_ACTION_SENTENCE,
  retentionEventNoun,
  retentionPhrase,
} from "./retention.js";
export { REFUSAL_GROUND_CLAUSE, refusalGroundApplies } from "./refusal.js";
export { RIGHT_ACTION, RIGHT_EXPLANATION, RIGHT_NAME } from "./rights.js";
export { MEASURE_SENTENCE, MEASURE_TERM } from "./security.js";
export { NO_SAFEGUARD_RECORDED, SAFEGUARD_EXPLANATION, SAFEGUARD_TERM } from "./transfers.js";
export { word, type Words } from "./words.js";
