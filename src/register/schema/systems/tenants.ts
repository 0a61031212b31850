import { z } from "zod";

/**
 * What a system holds of the tenants' end users, where the company processes its customers' data
 * (collections with a `tenant:` column). Recorded per system, since nothing else tells a tenant's
 * request whether it may reach the system, or how to keep it to that tenant's part.
 */
export const SystemTenants = z
  .enum(["none", "scoped"])
  .optional()
  .describe(
    "none: it holds no data of the tenants' end users, so a tenant's request skips it; scoped: it is told the tenant ({tenant} in an API's templates, tenant in a webhook's body, the tenant's key in a task); unset: a tenant's request that would reach it is refused",
  );
export type SystemTenants = z.output<typeof SystemTenants>;

/** The placeholder an HTTP system's templates take the tenant's key by. */
export const TENANT_PLACEHOLDER = /\{tenant(?:\|[a-z0-9]+)?\}/;
