import type { Actor, ServiceContext } from "../context/index.js";
import { buildGraph, identityTypes } from "../datasets/index.js";
import { cancelRequest, isOffered } from "../requests/index.js";
import type { Register } from "../register/index.js";
import { checkStatusSoon } from "./jobs.js";
import { findLink } from "./links.js";
import { OPENDSR_API_VERSION, OPENDSR_TYPES, SIGNATURE_HEADER } from "./protocol.js";
import { openDsrState, type OpenDsrState, requireState } from "./state.js";

/** What this controller supports: the identity types its datasets declare and the rights it offers. */
export function openDsrDiscovery(register: Register) {
  return {
    api_version: OPENDSR_API_VERSION as typeof OPENDSR_API_VERSION,
    supported_identities: [...new Set(["email", ...identityTypes(buildGraph(register))])]
      .sort()
      .map((identity_type) => ({ identity_type, identity_format: "raw" as const })),
    // Only what filing accepts: a right the register does not offer is refused there too.
    supported_subject_request_types: OPENDSR_TYPES.filter((type) => isOffered(register, type)),
    processor_certificate: null,
    callback_signature: { header: SIGNATURE_HEADER, algorithm: "HMAC-SHA256" as const, encoding: "hex" as const },
  };
}

/** The state of the request filed under an OpenDSR id; undefined for an unknown id. */
export async function openDsrRequestState(
  ctx: ServiceContext,
  subjectRequestId: string,
): Promise<OpenDsrState | undefined> {
  const link = await findLink(ctx.store, subjectRequestId);
  return link && (await openDsrState(ctx, link));
}

/**
 * Cancels the request filed under an OpenDSR id, as the lifecycle allows, and has its callbacks told.
 * Undefined for an unknown id; a request past cancelling throws the lifecycle's TransitionError.
 */
export async function cancelOpenDsrRequest(
  ctx: ServiceContext,
  subjectRequestId: string,
  actor: Actor,
): Promise<OpenDsrState | undefined> {
  const link = await findLink(ctx.store, subjectRequestId);
  if (!link) return undefined;
  await cancelRequest(ctx, { requestId: link.requestId, actor });
  if (link.callbackUrls.length > 0) await checkStatusSoon(ctx, link.requestId);
  return await requireState(ctx, link);
}
