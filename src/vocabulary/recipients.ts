import type { Activity, AgreementStatus, Recipient } from "../register/index.js";
import type { Words } from "./words.js";

/** Whether an activity is the organisation's own or done for a customer (Art. 28). */
export const ROLE: Record<Activity["role"], Words> = {
  controller: { nl: "verwerkingsverantwoordelijke", en: "controller" },
  processor: { nl: "verwerker", en: "processor" },
};

/** What a recipient is to the organisation, as the record and the change notice name it. */
export const RECIPIENT_KIND: Record<Recipient["kind"], Words> = {
  processor: { nl: "verwerker", en: "processor" },
  sub_processor: { nl: "subverwerker", en: "sub-processor" },
  controller: { nl: "zelfstandig verwerkingsverantwoordelijke", en: "independent controller" },
  joint_controller: { nl: "gezamenlijk verwerkingsverantwoordelijke", en: "joint controller" },
  public_authority: { nl: "overheidsinstantie", en: "public authority" },
  category: { nl: "categorie ontvangers", en: "category of recipients" },
};

/** Where a processing agreement stands (Art. 28(3)). */
export const AGREEMENT_STATUS: Record<AgreementStatus, Words> = {
  signed: { nl: "getekend", en: "signed" },
  pending: { nl: "in onderhandeling", en: "pending" },
  none: { nl: "geen", en: "none" },
  not_required: { nl: "niet nodig", en: "not required" },
};
