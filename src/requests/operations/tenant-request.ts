import type { ServiceContext } from "../../context/index.js";
import { NotFoundError } from "../errors.js";

/**
 * Refuses a tenant's token a request another tenant (or the company itself) filed, as if it did not
 * exist: a 404 tells a customer nothing about the requests of the company's other customers. The
 * company's own token (no tenant) reaches every request.
 */
export async function requireTenantRequest(
  ctx: ServiceContext,
  requestId: string,
  tenant: string | null,
): Promise<void> {
  if (tenant === null) return;
  const row = await ctx.store.db.selectFrom("requests").select("tenant").where("id", "=", requestId).executeTakeFirst();
  if (row?.tenant !== tenant) throw new NotFoundError("request");
}
