import { type Lang, textIn } from "../kernel/index.js";
import { NO_SAFEGUARD_RECORDED } from "../vocabulary/index.js";
import { partyText } from "./contact.js";
import type {
  RecordCategory,
  RecordController,
  RecordHold,
  RecordRecipient,
  RecordRetention,
  RecordSecurity,
  RecordTransfer,
} from "./types.js";

/**
 * The record's cells as text, shared by the CSV and the PDF. A cell with several values is a list;
 * the format decides how to join it.
 */

const SPECIAL_NOTE = {
  art9: { nl: "bijzonder persoonsgegeven, art. 9 AVG", en: "special category, Art. 9 GDPR" },
  art10: { nl: "strafrechtelijk gegeven, art. 10 AVG", en: "criminal data, Art. 10 GDPR" },
  bsn: { nl: "art. 46 UAVG", en: "UAVG art. 46" },
} as const;

export function categoryText(category: RecordCategory, lang: Lang): string {
  return category.special ? `${category.label} (${SPECIAL_NOTE[category.special][lang]})` : category.label;
}

export function controllerText(controller: RecordController): string {
  return [partyText(controller), controller.registration].filter(Boolean).join(", ");
}

export function jointControllerTexts(controller: RecordController): string[] {
  return controller.joint_controllers.map((j) => {
    const text = partyText(j);
    return j.responsibilities ? `${text} (${j.responsibilities})` : text;
  });
}

/**
 * "CloudNL (verwerker) – verwerkersovereenkomst getekend op 2025-03-01, herziening 2026-03-01 –
 * subverwerkers: Postmark (e-mail, Verenigde Staten)": only what the register records.
 */
export function recipientText(recipient: RecordRecipient, lang: Lang): string {
  const parts = [`${recipient.label} (${recipient.kind.label})`];
  const a = recipient.agreement;
  if (a) {
    const dates = [
      a.signed_on ? textIn(lang, { nl: `op ${a.signed_on}`, en: `on ${a.signed_on}` }) : "",
      a.review_due ? textIn(lang, { nl: `herziening ${a.review_due}`, en: `review ${a.review_due}` }) : "",
      a.document ? textIn(lang, { nl: `document ${a.document}`, en: `document ${a.document}` }) : "",
    ].filter(Boolean);
    parts.push(
      `${textIn(lang, { nl: "verwerkersovereenkomst", en: "processing agreement" })} ${a.status.label}${dates.length > 0 ? ` ${dates.join(", ")}` : ""}`,
    );
  }
  if (recipient.sub_processors && recipient.sub_processors.length > 0) {
    const subs = recipient.sub_processors.map((sub) => {
      const about = [sub.service, ...sub.locations.map((l) => l.label), sub.safeguard?.label].filter(Boolean);
      return about.length > 0 ? `${sub.name} (${about.join(", ")})` : sub.name;
    });
    parts.push(`${textIn(lang, { nl: "subverwerkers", en: "sub-processors" })}: ${subs.join(", ")}`);
  }
  // Not "; ": the CSV joins a cell's several recipients with it.
  return parts.join(" – ");
}

/** "Verenigde Staten (US), Postmark: EU-US Data Privacy Framework (art. 45 AVG) – details". */
export function transferText(transfer: RecordTransfer, lang: Lang): string {
  const safeguard = transfer.safeguard?.label ?? NO_SAFEGUARD_RECORDED[lang];
  const where = `${transfer.country.label} (${transfer.country.id}), ${transfer.recipient.label}`;
  return `${where}: ${safeguard}${transfer.details ? ` – ${transfer.details}` : ""}`;
}

/** The period itself, or the criteria when the register gives none, plus what extends it in practice. */
export function retentionPeriodTexts(retention: RecordRetention | undefined, lang: Lang): string[] {
  if (!retention) return [];
  const out: string[] = [];
  if (retention.period) out.push(retention.period.label);
  if (retention.criteria) out.push(retention.criteria);
  if (retention.undo_window) {
    out.push(`${textIn(lang, { nl: "herstelperiode", en: "undo window" })} ${retention.undo_window.label}`);
  }
  if (retention.backup_purge) {
    out.push(
      `${textIn(lang, { nl: "uit back-ups gewist na", en: "purged from backups after" })} ${retention.backup_purge.label}`,
    );
  }
  if (retention.description) out.push(retention.description);
  return out;
}

/** "wettelijke bewaarplicht, AWR art. 52(4), 7 jaar: facturen en betaalhistorie, bankrekeningnummer (IBAN)". */
export function holdText(hold: RecordHold): string {
  const head = [hold.ground.label, hold.law, hold.period?.label].filter(Boolean).join(", ");
  const kept = hold.applies_to.map((c) => c.label).join(", ");
  const text = kept ? `${head}: ${kept}` : head;
  return hold.description ? `${text} (${hold.description})` : text;
}

export function securityTexts(security: RecordSecurity): string[] {
  return [
    ...security.measures.map((m) => m.label),
    ...security.certifications,
    ...(security.description ? [security.description] : []),
  ];
}
