// The consent domain's public face: the banner script, consent records as proof, and (marketing/) the
// e-mail subscriptions. Other folders import from here, never from its files.
export { BANNER_ELEMENT_IDS } from "./banner/ids.js";
export { CONSENT_ACTIONS, type ConsentAction, type BannerBundle, type ShownConfig } from "./banner/shape.js";
export { bannerPurposes } from "./config/purposes.js";
export { bannerBundle, configHash, shownConfig } from "./config/shown.js";
export { type BannerScript, bannerScript } from "./script.js";
export { buildBannerCode } from "./bundle.js";
export { keepConfigs } from "./records/configs.js";
export { ConsentConflictError, ConsentInputError, ConsentNotFoundError, DecisionInput } from "./records/input.js";
export { confirmParentalConsent } from "./records/parental.js";
export { asksParent, consentOrigins, type DecisionMeta, recordConsent } from "./records/record.js";
export { type ConsentRecord, latestRecord } from "./records/read.js";
export { type ConsentState, consentState } from "./records/state.js";
export { type ConsentProof, consentProof, type ProvenRecord } from "./records/proof.js";
export { type SealedSegment, sealAll, sealConsent, type Sealing, startSealing } from "./records/seal.js";
export { type ConsentProblem, describeConsentProblem, verifyConsent } from "./records/verify.js";
export { type DailyAcceptance, acceptanceByDay } from "./records/stats.js";
export { drainConsent } from "./records/writer.js";
export {
  type ConsentEffect,
  type ConsentHistory,
  consentHistory,
  type ConsentSubject,
  objectToDirectMarketing,
  withdrawForRequest,
} from "./effects.js";
export { consentHistoryPart } from "./history-document.js";
export { type Confirmation, confirmSubscription, SubscriptionLinkError } from "./marketing/confirm.js";
export { ALL_MARKETING, endSubscriptions, unsubscribe } from "./marketing/end.js";
export { subscribers, subscribersCsv, type Subscriber, unsubscribeParts } from "./marketing/export.js";
export { marketingPurposes, subscriptionPurposes } from "./marketing/purposes.js";
export { type MarketingMessage, sendMarketing } from "./marketing/send.js";
export { CONFIRM_PATH, PARENT_PATH, subscribe, SubscribeInput, UNSUBSCRIBE_PATH } from "./marketing/subscribe.js";
