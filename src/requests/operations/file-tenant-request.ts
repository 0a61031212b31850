import type { ServiceContext } from "../../context/index.js";
import { checkFileRequest } from "../input.js";
import { fileVouchedRequest } from "../verified-filing.js";

/** The verification event of a tenant's request: the tenant identified its own user. */
export const TENANT_VERIFIED_EVENT = "tenant_verified";

/** The tenant a token files for, and the token itself: its id and name are recorded, never its value. */
export interface TenantFiling {
  tenant: string;
  token: { id: string; name: string };
}

export interface TenantRequest {
  requestId: string;
  status: string;
}

/**
 * A request a tenant's token files for one of the tenant's users. In processor mode the tenant is the
 * controller and the company assists it (Art. 28(3)(e)): the tenant identifies its own user, so the
 * request starts verified, with an event ("tenant_verified") that names the tenant and the token, and
 * no code or other mail goes to the person (the tenant answers them, see tenant-answers.ts). The rest
 * is every request's: the same checks (an e-mail identity is not required), clock and duplicate flag,
 * the privacy officer's approval where the register wants it, the workers on that tenant's rows only.
 */
export async function fileTenantRequest(
  ctx: ServiceContext,
  input: unknown,
  filing: TenantFiling,
): Promise<TenantRequest> {
  const request = checkFileRequest(ctx.register, input, { requireEmail: false });
  const vouched = { tenant: filing.tenant, token_id: filing.token.id, token_name: filing.token.name };
  const row = await fileVouchedRequest(ctx, request, {
    actor: `api:${filing.token.id}`,
    kind: TENANT_VERIFIED_EVENT,
    data: vouched,
    audit: vouched,
    tenant: filing.tenant,
  });
  return { requestId: row.id, status: row.status };
}
