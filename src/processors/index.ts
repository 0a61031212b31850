// Processors as governance records: every processor's agreement with its next review, and the
// reminders to the privacy officer before a review is due and once it is overdue.
export { type ProcessorDeps } from "./deps.js";
export { listProcessors, type ProcessorEntry, type ReviewState } from "./overview.js";
export { type ReminderSweep, remindReviews, type ReviewReminder } from "./reminders.js";
export { reviewReminderMail } from "./reminder-mail.js";
export { acknowledgeWithinDays, dayOf, officerAddress, remindBeforeDays } from "./settings.js";
