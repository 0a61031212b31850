// The mail domain's public face: other folders import from here, never from its files.
export { acknowledgeBlock, acknowledgementReminderMail } from "./acknowledgement-mail.js";
export { type ComposedMail, compose, type MailBlock } from "./compose.js";
export type { Mailer, MailMessage } from "./message.js";
export { listOutbox, OutboxMailer } from "./outbox.js";
export { tenantReferralNoticeMail } from "./referral-notice.js";
export { referralIntro, referralLine, referralTitle, type TenantReferral } from "./referral-words.js";
export { requestNoun } from "./request-words.js";
export { revealOutboxMessage } from "./reveal.js";
export { reviewOutcomeMail, type ReviewOutcomeWord } from "./review-mail.js";
export { MASK, maskedMessage, maskSecrets } from "./secrets-mask.js";
export { smtpMailer } from "./smtp.js";
export {
  completionMail,
  denialMail,
  extensionMail,
  type KeptData,
  type MailSender,
  type NotifiedChange,
  recipientNotificationMail,
  requestReceivedMail,
  verificationCodeMail,
} from "./templates.js";
