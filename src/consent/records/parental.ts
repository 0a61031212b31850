import type { ServiceContext } from "../../context/index.js";
import { canonicalJson } from "../../audit/index.js";
import { ConsentConflictError, ConsentNotFoundError } from "./input.js";
import { latestRecord } from "./read.js";
import { consentWriter } from "./writer.js";

/**
 * Records that a parent confirmed the consent of a person under the age of digital consent (UAVG
 * art. 5, GDPR Art. 8), as a record of its own beside the child's: the same choices, now granted.
 * How the parent's confirmation was obtained is the company's own process; `via` names who reported it.
 */
export async function confirmParentalConsent(
  ctx: ServiceContext,
  consentId: string,
  via: `api:${string}` | "api",
): Promise<{ id: string; at: string; choices: Record<string, boolean> }> {
  const latest = await latestRecord(ctx.store, consentId);
  if (!latest) throw new ConsentNotFoundError();
  if (latest.parental !== "awaiting")
    throw new ConsentConflictError("no parent's confirmation is awaited for this consent");
  const at = ctx.now().toISOString();
  await consentWriter(ctx.store).write({
    consent_id: consentId,
    at,
    version: latest.version,
    config_hash: latest.configHash,
    choices: canonicalJson(latest.choices),
    action: "parent_confirmed",
    lang: latest.lang,
    origin: "",
    gpc: latest.gpc ? 1 : 0,
    parental: "confirmed",
    via,
  });
  return { id: consentId, at, choices: latest.choices };
}
