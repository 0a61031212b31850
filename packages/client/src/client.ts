import { errorOf } from "./errors.js";
import type {
  FiledRequest,
  GrantUse,
  GrantUseRecorded,
  NewRequest,
  NewVerifiedRequest,
  RequestStatusView,
  RequestView,
} from "./types.js";

export type Fetch = typeof fetch;

export interface ClientOptions {
  /** Waarborg's public address, such as https://privacy.example.nl. */
  baseUrl: string;
  /** An API token (wbt_…) from the admin console, with the scopes the calls need. */
  token: string;
  /** A fetch of your own (a proxy, a test); the platform's by default. */
  fetch?: Fetch;
}

/**
 * The company's application talking to Waarborg's API. Each method is one call; a refusal is thrown
 * as a WaarborgError with the API's status, code and field path, a network failure as fetch throws it.
 */
export class WaarborgClient {
  readonly #base: string;
  readonly #token: string;
  readonly #fetch: Fetch;

  constructor(options: ClientOptions) {
    if (!options.token) throw new TypeError("WaarborgClient needs an API token");
    this.#base = new URL(options.baseUrl).href.replace(/\/+$/, "");
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /**
   * Files a request on behalf of a person (scope requests:write). The person gets a one-time code at
   * the e-mail identity and confirms the request with it.
   */
  fileRequest(request: NewRequest): Promise<FiledRequest> {
    return this.#call("POST", "/api/requests", request);
  }

  /**
   * Files a request for a user the application has signed in (scope requests:file_verified): the
   * sign-in is the verification, no code is sent and the request starts verified, recorded with the
   * token's name. The service refuses it (field `verified_by`) unless its register lists
   * account_login among rights.verification.methods.
   */
  fileVerifiedRequest(request: NewVerifiedRequest): Promise<FiledRequest> {
    const { appUser, ...rest } = request;
    return this.#call("POST", "/api/requests/verified", {
      ...rest,
      verified_by: "app",
      ...(appUser === undefined ? {} : { app_user: appUser }),
    });
  }

  /**
   * The status of a request this token filed with fileVerifiedRequest, as the person's own status
   * page shows it (scope requests:file_verified). Any other request is not found for this token.
   */
  requestStatus(id: string): Promise<RequestStatusView> {
    return this.#call("GET", `/api/requests/verified/${encodeURIComponent(id)}`);
  }

  /**
   * Any request with its identities, details and events (scope requests:read, which reads the whole
   * queue: a token for the company's back office, not for an application its users reach).
   */
  request(id: string): Promise<RequestView> {
    return this.#call("GET", `/api/requests/${encodeURIComponent(id)}`);
  }

  /** Reports one use of a support access grant (scope access-grants:report); it lands in the audit log. */
  reportGrantUse(grantId: string, use: GrantUse): Promise<GrantUseRecorded> {
    const at = use.at instanceof Date ? use.at.toISOString() : use.at;
    return this.#call("POST", `/api/access-grants/${encodeURIComponent(grantId)}/uses`, {
      tenant: use.tenant,
      action: use.action,
      ...(at === undefined ? {} : { at }),
    });
  }

  async #call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.#token}`, accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await this.#fetch(`${this.#base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as T;
  }
}
