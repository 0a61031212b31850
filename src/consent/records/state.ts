import type { ServiceContext } from "../../context/index.js";
import { ConsentNotFoundError } from "./input.js";
import { type ConsentRecord, latestRecord } from "./read.js";

/** Where a consent id stands now. */
export interface ConsentState {
  id: string;
  at: string;
  version: number;
  action: ConsentRecord["action"];
  /** The choices as recorded. */
  choices: Record<string, boolean>;
  /**
   * What may be done: the choices, except while a parent's confirmation is awaited (UAVG art. 5),
   * when nothing is granted yet.
   */
  granted: Record<string, boolean>;
  gpc: boolean;
  parental: ConsentRecord["parental"];
}

export async function consentState(ctx: ServiceContext, consentId: string): Promise<ConsentState> {
  const record = await latestRecord(ctx.store, consentId);
  if (!record) throw new ConsentNotFoundError();
  const waiting = record.parental === "awaiting";
  return {
    id: record.consentId,
    at: record.at,
    version: record.version,
    action: record.action,
    choices: record.choices,
    granted: Object.fromEntries(Object.entries(record.choices).map(([k, v]) => [k, v && !waiting])),
    gpc: record.gpc,
    parental: record.parental,
  };
}
