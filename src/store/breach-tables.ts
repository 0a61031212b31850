/*
 * The breach register (Art. 33(5) GDPR): every personal data breach, notified or not. The columns a
 * list sorts or filters on are columns; the facts the supervisory authority's form asks for are one
 * JSON object, so a question the form adds is a new key and no migration.
 */

export const BREACH_RISKS = ["none", "risk", "high"] as const;
/** The risk assessment: unlikely to result in a risk (Art. 33(1)), a risk, or a high risk (Art. 34(1)). */
export type BreachRisk = (typeof BREACH_RISKS)[number];

export interface BreachesTable {
  /** A random UUID. */
  id: string;
  /** The register's own number, `2026-001`: one per breach, counted per year of awareness. */
  reference: string;
  /** A short name for the incident, no personal data. */
  title: string;
  /** When the company became aware of the breach: the 72-hour clock of Art. 33(1) starts here. */
  aware_at: string;
  /** Null until assessed. */
  risk: BreachRisk | null;
  /** When the supervisory authority was told; null while it was not. */
  authority_notified_at: string | null;
  /** When the people concerned were told (Art. 34); null while they were not. */
  people_notified_at: string | null;
  /** JSON object: the facts the notification form asks for; a key left out was not recorded. */
  facts: string;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
}
