import type { Rule } from "../rule.js";
import {
  manualSystemWithoutInstructions,
  manualSystemWithoutOfficer,
  manualSystemWithoutOwner,
} from "./manual-systems.js";
import { automatedDecisionIncomplete, automatedReviewRightMissing } from "./automated-decisions.js";
import {
  bannerPrechecked,
  bannerRejectNotEqual,
  bannerWithdrawLinkMissing,
  cookieWall,
  gpcNotHonoured,
  tcfConsent,
} from "./banner.js";
import {
  legalBasisMissing,
  legitimateInterestUnbalanced,
  legitimateInterestUndescribed,
  requirementMissing,
} from "./basis.js";
import {
  consentImplied,
  consentPurposeMissing,
  marketingEmailSingleOptIn,
  marketingEmailWithoutUnsubscribe,
  withdrawalMissing,
} from "./consent.js";
import {
  analyticsExemptionIncomplete,
  cookieLegitimateInterest,
  cookieWithoutConsent,
  nonEssentialCookiesWithoutBanner,
} from "./cookies.js";
import {
  datasetCategoryUndeclared,
  datasetHashWithoutReason,
  datasetHoldFollowsInvalid,
  datasetHoldWithoutRestriction,
  datasetKeepPersonal,
  datasetReferenceCrossesPeople,
  datasetReferenceInvalid,
  datasetUnreachable,
} from "./datasets.js";
import { identifierInvalid } from "./identifiers.js";
import { childrenWithoutParentalConsent } from "./minors.js";
import { holidayCalendarMissing, supervisoryAuthorityUnknown } from "./authority.js";
import { companyNumberInvalid } from "./company-number.js";
import { controllerContactMissing, dpoContactMissing, representativeMissing } from "./organization.js";
import { ownDataRetentionMissing } from "./own-data.js";
import {
  agreementReviewOverdue,
  agreementSignedWithoutDate,
  processorActivityWithoutAgreement,
  processorActivityWithoutController,
  processorWithoutAgreement,
} from "./processors.js";
import { refusalGroundNotApplicable, refusalTooBroad } from "./refusal.js";
import { directMarketingObjectionWeighed } from "./marketing-objection.js";
import {
  automatedDecisionsUnrecorded,
  cookiesUnrecorded,
  dpoUnrecorded,
  noneContradicted,
  recipientsUnrecorded,
  transfersUnrecorded,
} from "./silence.js";
import { activityIncomplete, securityMissing } from "./record.js";
import { referenceUnknown } from "./references.js";
import {
  holdWithoutLaw,
  retentionEventUnworded,
  retentionMissing,
  retentionVague,
  taxRetentionTooShort,
} from "./retention.js";
import { retentionNotEnforced, retentionUnsweepable } from "./retention-enforced.js";
import {
  channelMissing,
  complaintRightMissing,
  responseTimeTooLong,
  rightsIncomplete,
  withdrawConsentRightMissing,
} from "./rights.js";
import { supportAccessUnbounded } from "./support-access.js";
import { datasetTenantProcessingWithoutColumn } from "./tenant-processing.js";
import { bsnWithoutGround, criminalDataWithoutGround, specialCategoryWithoutGround } from "./special-data.js";
import { consentConditionOfContract } from "./consent-condition.js";
import { repealedLawCited } from "./repealed-law.js";
import {
  changeNotificationMissing,
  formOfAddressMixed,
  sourceMissing,
  statementVersionMissing,
  translationMissing,
} from "./statement.js";
import { transferWithoutSafeguard } from "./transfers.js";
import { idCopyByDefault, idCopyUnmasked } from "./verification.js";
import { systemCategoryUndeclared, systemRequestMissing } from "./systems.js";
import { systemTenantScopeUnrecorded } from "./system-tenants.js";

/** Every legal check, in the order the docs list them: by domain, the most basic first. */
export const RULES: readonly Rule[] = [
  // Organization and the record of processing
  controllerContactMissing,
  dpoContactMissing,
  dpoUnrecorded,
  representativeMissing,
  supervisoryAuthorityUnknown,
  holidayCalendarMissing,
  companyNumberInvalid,
  identifierInvalid,
  referenceUnknown,
  activityIncomplete,
  securityMissing,
  supportAccessUnbounded,
  noneContradicted,
  // Legal basis
  legalBasisMissing,
  legitimateInterestUndescribed,
  legitimateInterestUnbalanced,
  requirementMissing,
  // Consent
  consentPurposeMissing,
  consentImplied,
  consentConditionOfContract,
  withdrawalMissing,
  marketingEmailWithoutUnsubscribe,
  marketingEmailSingleOptIn,
  childrenWithoutParentalConsent,
  // Special data
  bsnWithoutGround,
  specialCategoryWithoutGround,
  criminalDataWithoutGround,
  // Retention
  retentionMissing,
  retentionVague,
  retentionEventUnworded,
  holdWithoutLaw,
  taxRetentionTooShort,
  retentionUnsweepable,
  retentionNotEnforced,
  ownDataRetentionMissing,
  // Recipients and transfers
  processorWithoutAgreement,
  agreementSignedWithoutDate,
  agreementReviewOverdue,
  processorActivityWithoutController,
  processorActivityWithoutAgreement,
  recipientsUnrecorded,
  transfersUnrecorded,
  transferWithoutSafeguard,
  // Rights and requests
  rightsIncomplete,
  complaintRightMissing,
  withdrawConsentRightMissing,
  channelMissing,
  responseTimeTooLong,
  refusalTooBroad,
  directMarketingObjectionWeighed,
  refusalGroundNotApplicable,
  manualSystemWithoutOwner,
  manualSystemWithoutInstructions,
  manualSystemWithoutOfficer,
  idCopyByDefault,
  idCopyUnmasked,
  automatedDecisionsUnrecorded,
  automatedDecisionIncomplete,
  automatedReviewRightMissing,
  // Cookies and the banner
  cookiesUnrecorded,
  cookieWithoutConsent,
  nonEssentialCookiesWithoutBanner,
  analyticsExemptionIncomplete,
  cookieLegitimateInterest,
  bannerPrechecked,
  bannerRejectNotEqual,
  cookieWall,
  tcfConsent,
  bannerWithdrawLinkMissing,
  gpcNotHonoured,
  // The statement itself
  sourceMissing,
  translationMissing,
  formOfAddressMixed,
  changeNotificationMissing,
  statementVersionMissing,
  repealedLawCited,
  // Datasets: what requests and sweeps run against
  datasetUnreachable,
  datasetReferenceInvalid,
  datasetReferenceCrossesPeople,
  datasetCategoryUndeclared,
  datasetHoldWithoutRestriction,
  datasetHashWithoutReason,
  datasetHoldFollowsInvalid,
  datasetKeepPersonal,
  datasetTenantProcessingWithoutColumn,
  systemCategoryUndeclared,
  systemRequestMissing,
  systemTenantScopeUnrecorded,
];
