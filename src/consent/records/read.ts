import type { Lang } from "../../kernel/index.js";
import type { ConsentRecordRow, Store } from "../../store/index.js";
import type { ConsentAction } from "../banner/shape.js";

/** A stored record as the operations hand it out. */
export interface ConsentRecord {
  seq: number;
  consentId: string;
  at: string;
  version: number;
  configHash: string;
  choices: Record<string, boolean>;
  action: ConsentAction | "parent_confirmed";
  lang: Lang;
  origin: string;
  gpc: boolean;
  parental: "awaiting" | "confirmed" | null;
  via: string;
  batch: number;
  hash: string;
}

export function toRecord(row: ConsentRecordRow): ConsentRecord {
  return {
    seq: Number(row.seq),
    consentId: row.consent_id,
    at: row.at,
    version: Number(row.version),
    configHash: row.config_hash,
    choices: JSON.parse(row.choices) as Record<string, boolean>,
    action: row.action as ConsentRecord["action"],
    lang: row.lang,
    origin: row.origin,
    gpc: Number(row.gpc) === 1,
    parental: row.parental as ConsentRecord["parental"],
    via: row.via,
    batch: Number(row.batch),
    hash: row.hash,
  };
}

/** The last decision recorded for a consent id: what holds now. */
export async function latestRecord(store: Store, consentId: string): Promise<ConsentRecord | undefined> {
  const row = await store.db
    .selectFrom("consent_records")
    .selectAll()
    .where("consent_id", "=", consentId)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Every decision of a consent id, oldest first: nothing is ever overwritten, so this is the whole story. */
export async function recordsOf(store: Store, consentIds: readonly string[]): Promise<ConsentRecord[]> {
  if (consentIds.length === 0) return [];
  const rows = await store.db
    .selectFrom("consent_records")
    .selectAll()
    .where("consent_id", "in", [...consentIds])
    .orderBy("seq")
    .execute();
  return rows.map(toRecord);
}
