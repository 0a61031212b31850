import type { ServiceContext } from "../../context/index.js";
import type { Register } from "../../register/index.js";
import { OperationError } from "../errors.js";
import { checkFileRequest, type FileRequestInput } from "../input.js";
import { fileVouchedRequest } from "../verified-filing.js";

/** The application that vouches for the person: the API token it called with, and its own user id. */
export interface AppVerification {
  /** The token's id and name, recorded; never its value. */
  token: { id: string; name: string };
  /** The application's reference to its signed-in user (an id in its systems, not a name). */
  appUser?: string;
}

export interface AppVerifiedRequest {
  requestId: string;
  status: string;
}

/**
 * Whether the register lets the company's application vouch for a person: only where it says people
 * verify a request by being signed in to their account (rights.verification.methods: account_login).
 * The privacy statement promises exactly that way of verifying then, so the service offers no more
 * than the register records; without it every request proves its e-mail address with a code.
 */
export function allowsAppVerification(register: Register): boolean {
  return register.rights.verification?.methods.includes("account_login") ?? false;
}

/**
 * A request the company's application files for a user it has signed in: the sign-in is the
 * verification, so no code is sent and the request starts verified, with an event of its own
 * ("app_verified") that names the token, in the request's history and in the audit log. Everything
 * else is the privacy center's: the same checks (checkFileRequest, the register's rights included;
 * an e-mail identity is not required, the application knows its user), the same clock and duplicate
 * flag, the privacy officer's approval where the register wants it, and the workers after that.
 */
export async function fileAppVerifiedRequest(
  ctx: ServiceContext,
  input: FileRequestInput,
  verification: AppVerification,
): Promise<AppVerifiedRequest> {
  if (!allowsAppVerification(ctx.register))
    throw new OperationError(
      "verified_by",
      "the register does not list account_login in rights.verification.methods: the person confirms with a code",
    );
  const request = checkFileRequest(ctx.register, input, { requireEmail: false });
  const token = { token_id: verification.token.id, token_name: verification.token.name };
  const row = await fileVouchedRequest(ctx, request, {
    actor: `api:${verification.token.id}`,
    kind: "app_verified",
    // The application's user id stays out of the audit log, which is exported as it is.
    data: { ...token, ...(verification.appUser === undefined ? {} : { app_user: verification.appUser }) },
    audit: token,
  });
  return { requestId: row.id, status: row.status };
}
