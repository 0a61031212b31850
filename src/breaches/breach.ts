import type { Selectable } from "kysely";
import type { BreachRisk, StoreSchema } from "../store/index.js";

export type BreachRow = Selectable<StoreSchema["breaches"]>;

export const NATURES = ["confidentiality", "integrity", "availability"] as const;
/** Which of the three was breached: data seen, data changed, data lost or out of reach. */
export type Nature = (typeof NATURES)[number];

export const ENCRYPTION = ["yes", "partly", "no"] as const;
export type Encryption = (typeof ENCRYPTION)[number];

/** Art. 34(3): why people need not be told of a high-risk breach. */
export const PEOPLE_EXCEPTIONS = ["unintelligible", "risk_removed", "disproportionate"] as const;
export type PeopleException = (typeof PEOPLE_EXCEPTIONS)[number];

/** A number the form lets the company estimate when it cannot count yet. */
export interface Count {
  count: number;
  estimate: boolean;
}

/**
 * The facts the notification form asks for. A key that is absent was not recorded: the draft says so,
 * and a draft with such a gap is not ready to send. An empty list is recorded ("no special categories").
 */
export interface BreachFacts {
  basis?: "new" | "follow_up";
  /** The authority's number of the earlier report this one follows up. */
  previousReport?: string;
  summary?: string;
  /** When the breach began, as an instant or a day. */
  occurredFrom?: string;
  /** When it ended; absent while it is ongoing. */
  occurredUntil?: string;
  ongoing?: boolean;
  /** How it came to light (a report by an employee, a customer, monitoring). */
  discoveredHow?: string;
  nature?: Nature[];
  dataKinds?: string[];
  specialCategories?: string[];
  records?: Count;
  peopleGroups?: string[];
  people?: Count;
  encrypted?: Encryption;
  priorMeasures?: string;
  consequences?: string;
  /** Why the risk was judged as it was. */
  riskReasons?: string;
  /** Why the authority was not told: only when the risk is judged unlikely (Art. 33(1)). */
  authorityNotToldReason?: string;
  /** Why the report comes after 72 hours (Art. 33(1), last sentence). */
  delayReason?: string;
  /** The authority's number for the report, once made. */
  authorityReference?: string;
  peopleException?: PeopleException;
  /** Why the people concerned were not (yet) told. */
  peopleNotToldReason?: string;
  remedialMeasures?: string;
  crossBorder?: boolean;
  /** Countries (ISO 3166-1 alpha-2) where people concerned live, when the breach crosses borders. */
  countries?: string[];
}

export interface Breach {
  id: string;
  reference: string;
  title: string;
  awareAt: string;
  risk: BreachRisk | null;
  authorityNotifiedAt: string | null;
  peopleNotifiedAt: string | null;
  facts: BreachFacts;
  recordedBy: string;
  recordedAt: string;
  updatedAt: string;
}

export function toBreach(row: BreachRow): Breach {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    awareAt: row.aware_at,
    risk: row.risk,
    authorityNotifiedAt: row.authority_notified_at,
    peopleNotifiedAt: row.people_notified_at,
    facts: JSON.parse(row.facts) as BreachFacts,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
  };
}
