/**
 * A change to the tenants directory refused: `field` names the input at fault (`name`, `email`,
 * `url`, `callbackUrl`, `key`) so a transport can point at it; `kind` says how it answers. Messages name fields and
 * rules, never the values given.
 */
export class TenantDirectoryError extends Error {
  constructor(
    readonly kind: "invalid" | "not-found" | "not-configured",
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
