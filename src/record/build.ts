import {
  type Activity,
  ADEQUATE,
  agreementOf,
  isProcessor,
  type Recipient,
  type Text,
  type CategoryInfo,
  countryName,
  dataCategories,
  formatPeriod,
  localize,
  type Register,
  thirdCountries,
} from "../register/index.js";
import { type Lang, textIn } from "../kernel/index.js";
import { registrationText } from "./registration.js";
import { formatAddress, optionalParty, toParty } from "./contact.js";
import type {
  Labelled,
  RecordCategory,
  RecordController,
  RecordPeriod,
  RecordRecipient,
  RecordRetention,
  RecordRow,
  RecordSecurity,
  RecordTransfer,
} from "./types.js";
import {
  AGREEMENT_STATUS,
  ART9_GROUND_TERM,
  BASIS_TERM,
  basisCitation,
  HOLD_GROUND,
  MEASURE_TERM,
  RECIPIENT_KIND,
  RETENTION_ACTION,
  retentionEventNoun,
  ROLE,
  SAFEGUARD_TERM,
  word,
} from "../vocabulary/index.js";

/** The Art. 30 record: one row per activity, in the register's order. */
export function buildRecord(register: Register, lang: Lang): RecordRow[] {
  const categories = dataCategories(register);
  const controller = recordController(register, lang);
  const security = recordSecurity(register, lang);
  return Object.entries(register.activities).map(([id, activity]) =>
    buildRow(register, id, activity, { lang, categories, controller, security }),
  );
}

interface Shared {
  lang: Lang;
  categories: Record<string, CategoryInfo>;
  controller: RecordController;
  security: RecordSecurity;
}

function buildRow(register: Register, id: string, activity: Activity, shared: Shared): RecordRow {
  const { lang } = shared;
  const basis = activity.legal_basis;
  return {
    activity: { id, label: localize(activity.name, lang) },
    role: { id: activity.role, label: ROLE[activity.role][lang] },
    on_behalf_of: activity.role === "processor" ? localize(activity.controller, lang) || undefined : undefined,
    controller: shared.controller,
    purpose: localize(activity.purpose, lang),
    legal_basis: basis ? { id: basis, label: `${BASIS_TERM[basis][lang]} (${basisCitation(basis, lang)})` } : undefined,
    legitimate_interest: activity.legitimate_interest
      ? localize(activity.legitimate_interest.interest, lang)
      : undefined,
    special_category_ground: activity.special_category_ground
      ? { id: activity.special_category_ground, label: ART9_GROUND_TERM[activity.special_category_ground][lang] }
      : undefined,
    criminal_data_ground: optionalText(localize(activity.criminal_data_ground, lang)),
    bsn_ground: optionalText(localize(activity.bsn_ground, lang)),
    subjects: activity.subjects.map((s) => ({ id: s, label: localize(register.subjects[s]?.name, lang) || s })),
    data_categories: activity.data_categories.map((c) => category(c, shared.categories, lang)),
    recipients: activity.recipients.map((r) => {
      const recipient = register.recipients[r];
      const kind = recipient?.kind ?? "category";
      return {
        id: r,
        label: localize(recipient?.name, lang) || r,
        kind: { id: kind, label: RECIPIENT_KIND[kind][lang] },
        ...(recipient ? processorFacts(recipient, lang) : {}),
      };
    }),
    transfers: transfers(register, activity.recipients, lang),
    retention: activity.retention ? retention(register, activity.retention, shared) : undefined,
    security: shared.security,
    notes: optionalText(localize(activity.notes, lang)),
  };
}

function optionalText(text: string): string | undefined {
  return text === "" ? undefined : text;
}

function category(id: string, categories: Record<string, CategoryInfo>, lang: Lang): RecordCategory {
  const info = categories[id];
  return { id, label: info?.label[lang] ?? id, special: info?.special };
}

function period(value: string | undefined, lang: Lang): RecordPeriod | undefined {
  return value === undefined ? undefined : { value, label: formatPeriod(value, lang) };
}

export function recordController(register: Register, lang: Lang): RecordController {
  const org = register.organization;
  const contact = org.contact;
  return {
    name: localize(org.name, lang),
    address: formatAddress(org.address ?? org.contact?.address, lang),
    email: contact?.email,
    phone: contact?.phone,
    url: org.website ?? contact?.url,
    registration: registrationText(org, lang),
    joint_controllers: (org.joint_controllers ?? []).map((j) => ({
      ...toParty(j, lang),
      responsibilities: optionalText(localize(j.responsibilities, lang)),
    })),
    representative: optionalParty(org.representative, lang),
    dpo: optionalParty(org.dpo, lang),
  };
}

export function recordSecurity(register: Register, lang: Lang): RecordSecurity {
  const security = register.security;
  return {
    measures: (security?.measures ?? []).map((m) => ({ id: m, label: word(MEASURE_TERM, m, lang) })),
    certifications: security?.certifications ?? [],
    description: optionalText(localize(security?.description, lang)),
  };
}

/**
 * Art. 30(1)(e), derived from where the recipients store or read the data rather than typed twice:
 * every location outside the EEA is a transfer. A country with an adequacy decision needs no further
 * safeguard, so the record says so when the register names none.
 */
function transfers(register: Register, recipientIds: string[], lang: Lang): RecordTransfer[] {
  const out: RecordTransfer[] = [];
  for (const id of recipientIds) {
    const recipient = register.recipients[id];
    if (!recipient) continue;
    const name = localize(recipient.name, lang);
    out.push(...transfersOf({ id, label: name }, recipient, lang));
    // A sub-processor outside the EEA is a transfer of the same data (Art. 28(4), Art. 44).
    for (const sub of recipient.sub_processors) {
      const of = textIn(lang, { nl: `subverwerker van ${name}`, en: `sub-processor of ${name}` });
      out.push(...transfersOf({ id, label: `${sub.name} (${of})` }, sub, lang));
    }
  }
  return out;
}

function transfersOf(
  who: Labelled,
  party: {
    location: readonly string[];
    transfer?: { safeguard: keyof typeof SAFEGUARD_TERM; details?: Text | undefined } | undefined;
  },
  lang: Lang,
): RecordTransfer[] {
  return thirdCountries(party.location).map((country) => {
    const safeguard = party.transfer?.safeguard ?? (ADEQUATE.has(country) ? "adequacy" : undefined);
    return {
      recipient: who,
      country: { id: country, label: countryName(country, lang) },
      safeguard: safeguard ? { id: safeguard, label: SAFEGUARD_TERM[safeguard][lang] } : undefined,
      details: optionalText(localize(party.transfer?.details, lang)),
    };
  });
}

/** The agreement and sub-processors of a processor, each only as far as the register records it. */
function processorFacts(recipient: Recipient, lang: Lang): Pick<RecordRecipient, "agreement" | "sub_processors"> {
  if (!isProcessor(recipient)) return {};
  const out: Pick<RecordRecipient, "agreement" | "sub_processors"> = {};
  const facts = agreementOf(recipient);
  if (facts.status) {
    out.agreement = { status: { id: facts.status, label: AGREEMENT_STATUS[facts.status][lang] } };
    if (facts.signedOn) out.agreement.signed_on = facts.signedOn;
    if (facts.reviewDue) out.agreement.review_due = facts.reviewDue;
    if (facts.document) out.agreement.document = facts.document;
  }
  if (recipient.sub_processors.length > 0)
    out.sub_processors = recipient.sub_processors.map((sub) => ({
      name: sub.name,
      service: optionalText(localize(sub.service, lang)),
      locations: sub.location.map((c) => ({ id: c, label: countryName(c, lang) })),
      safeguard: sub.transfer
        ? { id: sub.transfer.safeguard, label: SAFEGUARD_TERM[sub.transfer.safeguard][lang] }
        : undefined,
    }));
  return out;
}

function retention(register: Register, id: string, shared: Shared): RecordRetention | undefined {
  const rule = register.retention[id];
  if (!rule) return undefined;
  const { lang } = shared;
  const start: Labelled | undefined = rule.after
    ? { id: rule.after, label: retentionEventNoun(rule.after, lang) }
    : undefined;
  return {
    id,
    period: period(rule.period, lang),
    start,
    criteria: optionalText(localize(rule.criteria, lang)),
    action: { id: rule.action, label: RETENTION_ACTION[rule.action][lang] },
    undo_window: period(rule.undo_window, lang),
    backup_purge: period(rule.backup_purge, lang),
    holds: rule.holds.map((h) => ({
      ground: { id: h.ground, label: HOLD_GROUND[h.ground][lang] },
      law: h.law,
      period: period(h.period, lang),
      applies_to: (h.applies_to ?? []).map((c) => category(c, shared.categories, lang)),
      description: optionalText(localize(h.description, lang)),
    })),
    description: optionalText(localize(rule.description, lang)),
  };
}
