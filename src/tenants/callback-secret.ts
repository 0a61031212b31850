import { hmacSha256Hex } from "../crypto/index.js";
import { TenantDirectoryError } from "./errors.js";

/** The server key every tenant's callback secret is derived from. */
export const CALLBACK_KEY_ENV = "WAARBORG_TENANT_CALLBACK_KEY";

/**
 * The secret a tenant's callbacks are signed with: an HMAC of the tenant's key under the server key,
 * so nothing new is stored and the store, its backups and the register never hold one. The tenant
 * reads it through its own token (GET /api/tenant/callback-secret) and the company from the command
 * line. Rotation is changing the server key: every tenant's secret changes with it at once, and each
 * tenant reads its new one; a single tenant's secret cannot be rotated on its own.
 */
export function tenantCallbackSecret(env: NodeJS.ProcessEnv, tenant: string): string {
  const key = env[CALLBACK_KEY_ENV];
  if (!key || key.length < 16)
    throw new TenantDirectoryError(
      "not-configured",
      `${CALLBACK_KEY_ENV} is not set (16 or more characters): tenant callbacks are never sent unsigned`,
    );
  // The purpose is part of the input: the same server key could one day derive something else.
  return hmacSha256Hex(key, `tenant-callback:${tenant}`);
}
