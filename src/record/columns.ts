import type { Lang } from "../kernel/index.js";
import { partyText } from "./contact.js";
import {
  categoryText,
  controllerText,
  holdText,
  jointControllerTexts,
  recipientText,
  retentionPeriodTexts,
  securityTexts,
  transferText,
} from "./cells.js";
import type { RecordRow } from "./types.js";

/** One column of the flat record: its header in both languages and its values for a row. */
export interface Column {
  key: string;
  header: { nl: string; en: string };
  values(row: RecordRow, lang: Lang): string[];
}

const one = (value: string | undefined): string[] => (value ? [value] : []);

/**
 * The Art. 30(1) columns (a)-(g) with the legal basis the AP asks for and notes, in the order an
 * auditor reads them. Every row repeats the controller so a filtered spreadsheet stays complete.
 */
export const COLUMNS: readonly Column[] = [
  {
    key: "activity",
    header: { nl: "Verwerkingsactiviteit", en: "Processing activity" },
    values: (r) => [r.activity.label],
  },
  { key: "role", header: { nl: "Rol", en: "Role" }, values: (r) => [r.role.label] },
  {
    key: "on_behalf_of",
    header: { nl: "Namens verwerkingsverantwoordelijke (art. 30 lid 2)", en: "On behalf of controller (Art. 30(2))" },
    values: (r) => one(r.on_behalf_of),
  },
  {
    key: "controller",
    header: { nl: "Naam en contactgegevens", en: "Name and contact details" },
    values: (r) => [controllerText(r.controller)],
  },
  {
    key: "joint_controllers",
    header: { nl: "Gezamenlijke verwerkingsverantwoordelijken", en: "Joint controllers" },
    values: (r) => jointControllerTexts(r.controller),
  },
  {
    key: "representative",
    header: { nl: "Vertegenwoordiger", en: "Representative" },
    values: (r) => one(partyText(r.controller.representative)),
  },
  {
    key: "dpo",
    header: { nl: "Functionaris gegevensbescherming", en: "Data protection officer" },
    values: (r) => one(partyText(r.controller.dpo)),
  },
  { key: "purpose", header: { nl: "Doel", en: "Purpose" }, values: (r) => [r.purpose] },
  { key: "legal_basis", header: { nl: "Grondslag", en: "Legal basis" }, values: (r) => one(r.legal_basis?.label) },
  {
    key: "legitimate_interest",
    header: { nl: "Gerechtvaardigd belang", en: "Legitimate interest" },
    values: (r) => one(r.legitimate_interest),
  },
  {
    key: "special_category_ground",
    header: { nl: "Uitzonderingsgrond bijzondere persoonsgegevens", en: "Special category condition" },
    values: (r) => one(r.special_category_ground?.label),
  },
  {
    key: "criminal_data_ground",
    header: { nl: "Grond strafrechtelijke gegevens", en: "Criminal data condition" },
    values: (r) => one(r.criminal_data_ground),
  },
  {
    key: "bsn_ground",
    header: { nl: "Wettelijke grondslag BSN", en: "Statutory basis for the BSN" },
    values: (r) => one(r.bsn_ground),
  },
  {
    key: "subjects",
    header: { nl: "Categorieën betrokkenen", en: "Categories of data subjects" },
    values: (r) => r.subjects.map((s) => s.label),
  },
  {
    key: "data_categories",
    header: { nl: "Categorieën persoonsgegevens", en: "Categories of personal data" },
    values: (r, lang) => r.data_categories.map((c) => categoryText(c, lang)),
  },
  {
    key: "recipients",
    header: { nl: "Ontvangers", en: "Recipients" },
    values: (r, lang) => r.recipients.map((x) => recipientText(x, lang)),
  },
  {
    key: "transfers",
    header: {
      nl: "Doorgifte buiten de EER (land en waarborg)",
      en: "Transfers outside the EEA (country and safeguard)",
    },
    values: (r, lang) => r.transfers.map((t) => transferText(t, lang)),
  },
  {
    key: "retention_period",
    header: { nl: "Bewaartermijn", en: "Retention period" },
    values: (r, lang) => retentionPeriodTexts(r.retention, lang),
  },
  {
    key: "retention_start",
    header: { nl: "Ingang bewaartermijn", en: "Retention starts at" },
    values: (r) => one(r.retention?.start?.label),
  },
  {
    key: "retention_action",
    header: { nl: "Na afloop", en: "At the end" },
    values: (r) => one(r.retention?.action.label),
  },
  {
    key: "retention_holds",
    header: { nl: "Langer bewaard op grond van", en: "Kept longer under" },
    values: (r) => (r.retention?.holds ?? []).map(holdText),
  },
  {
    key: "security",
    header: { nl: "Beveiligingsmaatregelen", en: "Security measures" },
    values: (r) => securityTexts(r.security),
  },
  { key: "notes", header: { nl: "Opmerkingen", en: "Notes" }, values: (r) => one(r.notes) },
];
