import { openText, sealText } from "../crypto/index.js";
import type { ServiceContext } from "../context/index.js";
import { type Identity, normaliseEmail } from "../kernel/index.js";
import { identitiesHash } from "./secrets.js";

/** What the store keeps encrypted for a request: who the person is, and the values and notes they gave. */
export interface SealedPart {
  identities: Identity[];
  details: Record<string, unknown>;
  /**
   * Set on a request an operator filed: whether the person is mailed about it. Absent on a request
   * the person filed themselves, who is always mailed at the address they proved they read.
   */
  notify?: boolean;
}

const context = (requestId: string) => `request:${requestId}:identities`;

export function sealRequest(ctx: ServiceContext, requestId: string, part: SealedPart): string {
  return sealText(ctx.keys.data, JSON.stringify(part), context(requestId));
}

export function openRequest(ctx: ServiceContext, requestId: string, sealed: string): SealedPart {
  return JSON.parse(openText(ctx.keys.data, sealed, context(requestId))) as SealedPart;
}

/**
 * The identities in one canonical text, so the same person asking twice gives the same hash whatever
 * the order or the case of an e-mail address.
 */
function canonicalIdentities(identities: readonly Identity[]): string {
  const lines = identities.map(({ type, value }) => {
    const normal = type === "email" ? normaliseEmail(value) : value.trim().replace(/[\s-]+/g, "");
    return `${type}=${normal}`;
  });
  return [...new Set(lines)].sort().join("\n");
}

export function hashIdentities(ctx: ServiceContext, identities: readonly Identity[]): string {
  return identitiesHash(ctx, canonicalIdentities(identities));
}

/**
 * The identities the engine searches for: as typed, trimmed. Not normalised further here: the engine
 * compares each identity field as the register says (e-mail trimmed, NFC and ignoring case by
 * default, with the same normaliseEmail; `match: exact` where two addresses that differ in case are
 * two people), the same for a request from the command line and one from the service.
 */
export function searchIdentities(identities: readonly Identity[]): Identity[] {
  const out = new Map<string, Identity>();
  for (const identity of identities) {
    const value = identity.value.trim();
    out.set(`${identity.type}=${value}`, { type: identity.type, value });
  }
  return [...out.values()];
}
