import type { RecordParty } from "./contact.js";

/** A register id with its label in the record's language. */
export interface Labelled {
  id: string;
  label: string;
}

/** A period as written in the register ("12 months") and as read ("12 maanden"). */
export interface RecordPeriod {
  value: string;
  label: string;
}

/** Art. 30(1)(a): the organisation keeping the record and the people to contact about it. */
export interface RecordController extends RecordParty {
  name: string;
  /** The entry in the company register: "KvK 90123456", "ondernemingsnummer 0123.456.789". */
  registration?: string;
  joint_controllers: (RecordParty & { responsibilities?: string })[];
  representative?: RecordParty;
  dpo?: RecordParty;
}

export interface RecordCategory extends Labelled {
  /** art9: special category; art10: criminal data; bsn: the citizen service number (UAVG art. 46). */
  special?: "art9" | "art10" | "bsn";
}

/** Art. 28(3): a processor's agreement, as far as the register records it. */
export interface RecordAgreement {
  status: Labelled;
  signed_on?: string;
  review_due?: string;
  document?: string;
}

/** Art. 28(2): a party a processor engages, with where it keeps the data. */
export interface RecordSubProcessor {
  name: string;
  service?: string;
  locations: Labelled[];
  safeguard?: Labelled;
}

export interface RecordRecipient extends Labelled {
  kind: Labelled;
  /** Only for processors whose register entry records an agreement. */
  agreement?: RecordAgreement;
  /** Only for processors that record sub-processors. */
  sub_processors?: RecordSubProcessor[];
}

/** Art. 30(1)(e): one country outside the EEA a recipient stores or reads the data in. */
export interface RecordTransfer {
  recipient: Labelled;
  country: Labelled;
  /** Absent when the register names none and the country has no adequacy decision. */
  safeguard?: Labelled;
  details?: string;
}

export interface RecordHold {
  ground: Labelled;
  law?: string;
  period?: RecordPeriod;
  applies_to: Labelled[];
  description?: string;
}

/** Art. 30(1)(f): the erasure time limit and what keeps data longer. */
export interface RecordRetention {
  id: string;
  period?: RecordPeriod;
  start?: Labelled;
  criteria?: string;
  action: Labelled;
  undo_window?: RecordPeriod;
  backup_purge?: RecordPeriod;
  holds: RecordHold[];
  description?: string;
}

/** Art. 30(1)(g): the general description of the technical and organisational measures. */
export interface RecordSecurity {
  measures: Labelled[];
  certifications: string[];
  description?: string;
}

/** One processing activity with every column of the record. */
export interface RecordRow {
  activity: Labelled;
  role: Labelled;
  /** Art. 30(2)(a): for processor activities, the controller on whose behalf. */
  on_behalf_of?: string;
  controller: RecordController;
  purpose: string;
  legal_basis?: Labelled;
  legitimate_interest?: string;
  special_category_ground?: Labelled;
  criminal_data_ground?: string;
  bsn_ground?: string;
  subjects: Labelled[];
  data_categories: RecordCategory[];
  recipients: RecordRecipient[];
  transfers: RecordTransfer[];
  retention?: RecordRetention;
  security: RecordSecurity;
  notes?: string;
}
