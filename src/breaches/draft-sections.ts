import type { Lang } from "../kernel/index.js";
import type { Register } from "../register/index.js";
import { type Contact, localize } from "../register/index.js";
import type { Count } from "./breach.js";
import { formatMoment } from "./moment.js";
import type { BreachStatus } from "./status.js";
import { BREACH_WORDS, fill } from "./words.js";

/** The sections of the Dutch authority's breach notification form, in its order. */
export const AP_FORM_SECTIONS = [
  "basis",
  "organisation",
  "summary",
  "timeline",
  "nature",
  "data",
  "people",
  "prior_measures",
  "consequences",
  "people_told",
  "remedial_measures",
  "cross_border",
] as const;
export type FormSection = (typeof AP_FORM_SECTIONS)[number];

/** One answer on the form: its text from recorded facts, or null when the fact was not recorded. */
export interface DraftField {
  key: string;
  value: string | null;
}

export interface DraftSection {
  key: FormSection;
  fields: DraftField[];
}

const joined = (items: readonly string[] | undefined, none: string) =>
  items === undefined ? null : items.length === 0 ? none : items.join(", ");

function counted(value: Count | undefined, lang: Lang): string | null {
  if (!value) return null;
  return value.estimate ? `${value.count} (${BREACH_WORDS[lang].estimate})` : String(value.count);
}

function contactLine(contact: Contact | undefined): string | null {
  if (!contact) return null;
  const parts = [contact.name, contact.email, contact.phone].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(", ") : null;
}

function addressLine(register: Register): string | null {
  const a = register.organization.address as Record<string, unknown> | undefined;
  if (!a) return null;
  const parts = Object.values(a).filter((v): v is string => typeof v === "string" && v.length > 0);
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * The form's answers from what is recorded, and from the register for who the company is. Every
 * answer rests on a recorded fact: where there is none, the value is null and the draft says so.
 */
export function draftSections(status: BreachStatus, register: Register, lang: Lang): DraftSection[] {
  const { breach, clock } = status;
  const f = breach.facts;
  const w = BREACH_WORDS[lang];
  const yesNo = (v: boolean | undefined) => (v === undefined ? null : v ? w.yes : w.no);
  const org = register.organization;
  const late = clock.state === "overdue" || clock.state === "notified_late";

  const sections: Record<FormSection, DraftField[]> = {
    basis: [
      { key: "basis", value: f.basis ? w.basis[f.basis] : null },
      ...(f.basis === "follow_up" ? [{ key: "previousReport", value: f.previousReport ?? null }] : []),
    ],
    organisation: [
      { key: "organisation.name", value: localize(org.name, lang) },
      { key: "organisation.kvk", value: org.kvk ?? null },
      { key: "organisation.address", value: addressLine(register) },
      { key: "organisation.contact", value: contactLine(org.dpo ?? org.privacy_officer ?? org.contact) },
    ],
    summary: [
      { key: "title", value: breach.title },
      { key: "summary", value: f.summary ?? null },
      { key: "discoveredHow", value: f.discoveredHow ?? null },
    ],
    timeline: [
      { key: "occurredFrom", value: f.occurredFrom ? formatMoment(f.occurredFrom, lang) : null },
      {
        key: "ongoing",
        value:
          f.ongoing === undefined
            ? null
            : f.ongoing
              ? w.ongoingYes
              : f.occurredUntil
                ? fill(w.ongoingNo, { until: formatMoment(f.occurredUntil, lang) })
                : null,
      },
      { key: "awareAt", value: formatMoment(breach.awareAt, lang) },
      ...(late ? [{ key: "delayReason", value: f.delayReason ?? null }] : []),
    ],
    nature: [{ key: "nature", value: f.nature ? f.nature.map((n) => w.nature[n]).join(", ") || null : null }],
    data: [
      { key: "dataKinds", value: joined(f.dataKinds, w.none) },
      { key: "specialCategories", value: joined(f.specialCategories, w.none) },
      { key: "records", value: counted(f.records, lang) },
    ],
    people: [
      { key: "peopleGroups", value: joined(f.peopleGroups, w.none) },
      { key: "people", value: counted(f.people, lang) },
    ],
    prior_measures: [
      { key: "encrypted", value: f.encrypted ? w.encrypted[f.encrypted] : null },
      { key: "priorMeasures", value: f.priorMeasures ?? null },
    ],
    consequences: [
      { key: "consequences", value: f.consequences ?? null },
      { key: "risk", value: breach.risk ? w.risk[breach.risk] : null },
      { key: "riskReasons", value: f.riskReasons ?? null },
    ],
    people_told: [{ key: "peopleTold", value: peopleTold(status, lang) }],
    remedial_measures: [{ key: "remedialMeasures", value: f.remedialMeasures ?? null }],
    cross_border: [
      { key: "crossBorder", value: yesNo(f.crossBorder) },
      ...(f.crossBorder ? [{ key: "countries", value: joined(f.countries, w.none) }] : []),
    ],
  };
  return AP_FORM_SECTIONS.map((key) => ({ key, fields: sections[key] }));
}

/** Whether the people concerned were told, and if not, the recorded reason (and Art. 34(3) ground). */
function peopleTold(status: BreachStatus, lang: Lang): string | null {
  const { breach } = status;
  const w = BREACH_WORDS[lang];
  if (breach.peopleNotifiedAt) return fill(w.notifiedOn, { at: formatMoment(breach.peopleNotifiedAt, lang) });
  const exception = breach.facts.peopleException ? w.exception[breach.facts.peopleException] : undefined;
  const reason = [exception, breach.facts.peopleNotToldReason].filter(Boolean).join("; ");
  return reason ? fill(w.notToldBecause, { reason }) : null;
}

/** The keys of the answers not recorded: each keeps the draft from being ready to send. */
export function missingFields(sections: readonly DraftSection[]): string[] {
  return sections.flatMap((s) => s.fields.filter((f) => f.value === null).map((f) => f.key));
}
