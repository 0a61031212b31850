import type { ServiceContext } from "../context/index.js";

/** What the grant operations use of the service: the HTTP routes, the CLI and the tests hand it in. */
export type GrantDeps = Pick<ServiceContext, "store" | "register" | "env" | "now" | "publicUrl">;

/** The issuer every token names and every verifier expects: the service's public address. */
export function grantIssuer(deps: GrantDeps): string {
  return deps.publicUrl.replace(/\/+$/, "");
}
