// The breach register (Art. 33/34 GDPR): every breach with its 72-hour clock, what its risk obliges,
// a notification draft along the authority's form, and the message to the people concerned.
export {
  type Breach,
  type BreachFacts,
  type Count,
  ENCRYPTION,
  type Encryption,
  NATURES,
  type Nature,
  PEOPLE_EXCEPTIONS,
  type PeopleException,
} from "./breach.js";
export { type BreachClock, breachClock, type ClockState, NOTIFY_WITHIN_HOURS, notifyDeadline } from "./clock.js";
export { type BreachDeps } from "./deps.js";
export { type BreachDraft, breachDraft } from "./draft.js";
export { FIELD_LABELS, SECTION_TITLES } from "./draft-labels.js";
export { AP_FORM_SECTIONS, type DraftSection, type FormSection } from "./draft-sections.js";
export { BreachError } from "./errors.js";
export { breachesCsv, breachesJson } from "./export.js";
export { FACT_KEYS } from "./facts.js";
export { MESSAGE_PARTS, type PeopleMessage, peopleMessage } from "./message.js";
export { BREACH_ZONE, formatMoment } from "./moment.js";
export { type Obligations, obligationsFor } from "./obligations.js";
export { getBreach, listBreaches } from "./read.js";
export { recordBreach, type RecordBreach, updateBreach, type UpdateBreach } from "./record.js";
export { type BreachStatus, breachStatus, clockSentence, deadlineSentence } from "./status.js";
export { BREACH_WORDS } from "./words.js";
