import { buildGraph, identityTypes, type RequestSession, withSession } from "../../datasets/index.js";
import type { RequestRow } from "../../store/index.js";
import type { ServiceContext } from "../../context/index.js";
import { openRequest, type SealedPart, searchIdentities } from "../identities.js";

/**
 * Runs the request engine for a request: its identities decrypted, reduced to the types the datasets
 * declare, and the register's connections opened from the context's environment and closed after.
 */
export async function withRequestSession<T>(
  ctx: ServiceContext,
  row: Pick<RequestRow, "id" | "identities_encrypted">,
  work: (session: RequestSession, sealed: SealedPart) => Promise<T>,
): Promise<T> {
  const sealed = openRequest(ctx, row.id, row.identities_encrypted);
  const known = identityTypes(buildGraph(ctx.register));
  const identities = searchIdentities(sealed.identities)
    .filter((identity) => known.includes(identity.type))
    .map((identity) => `${identity.type}=${identity.value}`);
  return withSession(ctx.register, identities, (session) => work(session, sealed), ctx.env);
}
