import { buildGraph, identityTypes, type RequestSession, withSession } from "../../datasets/index.js";
import type { RequestRow } from "../../store/index.js";
import type { ServiceContext } from "../../context/index.js";
import type { Identity } from "../../kernel/index.js";
import { openRequest, type SealedPart, searchIdentities } from "../identities.js";
import { refuseUnrecordedSystems } from "./tenant-systems.js";

/** A request's identities as the engine takes them: trimmed, reduced to the types the datasets declare. */
function engineIdentities(ctx: ServiceContext, identities: readonly Identity[]): string[] {
  const known = identityTypes(buildGraph(ctx.register));
  return searchIdentities(identities)
    .filter((identity) => known.includes(identity.type))
    .map((identity) => `${identity.type}=${identity.value}`);
}

/**
 * Runs the request engine for a request: its identities decrypted, reduced to the types the datasets
 * declare, and the register's connections opened from the context's environment and closed after.
 * A tenant's request reaches only that tenant's rows; it is refused where it would reach a system
 * that records nothing about the tenants (see tenant-systems.ts).
 */
export async function withRequestSession<T>(
  ctx: ServiceContext,
  row: Pick<RequestRow, "id" | "identities_encrypted" | "type"> & { tenant?: string | null },
  work: (session: RequestSession, sealed: SealedPart) => Promise<T>,
): Promise<T> {
  const sealed = openRequest(ctx, row.id, row.identities_encrypted);
  const tenant = row.tenant ?? undefined;
  refuseUnrecordedSystems(ctx.register, row.type, tenant);
  return withSession(
    ctx.register,
    engineIdentities(ctx, sealed.identities),
    (session) => work(session, sealed),
    ctx.env,
    tenant,
  );
}

/**
 * Opens and closes the connections a request with these identities would use, and touches no row:
 * throws what the run would throw for a missing URL, an unreachable database or no identity the
 * datasets know. `check` may read (never write) to refuse what the run would refuse.
 */
export async function checkSession(
  ctx: ServiceContext,
  identities: readonly Identity[],
  check: (session: RequestSession) => Promise<void> = async () => undefined,
): Promise<void> {
  await withSession(ctx.register, engineIdentities(ctx, identities), check, ctx.env);
}
