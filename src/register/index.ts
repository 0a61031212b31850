// The register domain's public face: other folders import from here, never from its files.
export { type AgreementFacts, agreementOf, isProcessor, reviewAfter } from "./agreement.js";
export {
  type CookieDeclaration,
  cookieDeclarations,
  cookiesDeclared,
  declaredCategories,
} from "./cookie-declarations.js";
export { approxDays, formatPeriod, parseDuration } from "./duration.js";
export { ADEQUATE, countryName, isInEea, thirdCountries } from "./geography.js";
export { registerJsonSchema } from "./json-schema.js";
export { type LoadedRegister, loadRegister, type Reader } from "./load.js";
export { registerReference } from "./reference.js";
export { reviewPeriod } from "./review-period.js";
export { type Activity, type ART9_GROUNDS, LEGAL_BASES } from "./schema/activities.js";
export type { Contact, Text } from "./schema/common.js";
export type { CookieCategory, CookiePolicy } from "./schema/cookie-categories.js";
export type { CONSENT_MECHANISMS, Cookie, COOKIE_PURPOSES } from "./schema/consent.js";
export type { Collection, CollectionRetention, Connection, Field, MASKING, Reference } from "./schema/datasets.js";
export type { HttpRequestTemplate, HttpSystem } from "./schema/systems/http.js";
export {
  isManualRequestType,
  MANUAL_REQUEST_TYPES,
  type ManualSystem,
  type System,
  type SystemTenants,
  TENANT_PLACEHOLDER,
  type WebhookSystem,
} from "./schema/systems/index.js";
export { ENGAGEMENT_KINDS, type SECURITY_MEASURES } from "./schema/governance.js";
export { NONE_FACTS, type NoneFact } from "./schema/none.js";
export type { Organization } from "./schema/organization.js";
export type { AgreementStatus, SubProcessor } from "./schema/agreements.js";
export type { Recipient, SAFEGUARDS } from "./schema/recipients.js";
export { type Register, RegisterSchema } from "./schema/register.js";
export type { RETENTION_EVENTS, RetentionRule } from "./schema/retention.js";
export { REFUSAL_GROUNDS, type RefusalGround, type Right, RIGHTS } from "./schema/rights.js";
export {
  OWN_DATA_KINDS,
  type OwnDataKind,
  type OwnDataRetention,
  PROCESSOR_REMINDER_DEFAULTS,
} from "./schema/service.js";
export { type AnySchema, childSchema, innerSchema } from "./schema-walk.js";
export type { Path } from "./source.js";
export { type CategoryInfo, DATA_CATEGORIES, dataCategories, purposes, subjectKinds } from "./taxonomy.js";
export { type TaxonomyEntry, type TaxonomyListing, taxonomyListing } from "./taxonomy-listing.js";
export { localize, nameForAll } from "./text.js";
