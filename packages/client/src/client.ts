import { errorOf } from "./errors.js";
import type {
  FiledRequest,
  GrantUse,
  GrantUseRecorded,
  NewRequest,
  NewVerifiedRequest,
  RequestPackage,
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
   * Files a request for one of the tenant's own users, with a tenant's token (processor mode; scope
   * requests:write). The tenant identified its user: the request starts verified (or waits for the
   * company's approval where its register wants that), and Waarborg mails the person nothing. The
   * tenant answers them itself: follow the request with request(id) and fetch the package with
   * downloadPackage(id).
   */
  fileTenantRequest(request: NewRequest): Promise<FiledRequest> {
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
   * A request with its identities, details, events and packages (scope requests:read). The company's
   * own token reads the whole queue (a token for its back office, not for an application its users
   * reach); a tenant's token reads its tenant's requests only, and any other is not found.
   */
  request(id: string): Promise<RequestView> {
    return this.#call("GET", `/api/requests/${encodeURIComponent(id)}`);
  }

  /**
   * The request's latest package, as bytes with its file name and media type (a ZIP archive), for the
   * one who answers the person: a tenant for its own users, or the company's back office (scope
   * requests:read). Each call spends one of the package's limited downloads. Refused with 409 while
   * there is none (yet), 410 once it expired or its downloads are used up, 404 for a request this
   * token does not reach.
   */
  async downloadPackage(id: string): Promise<RequestPackage> {
    const response = await this.#send("GET", `/api/requests/${encodeURIComponent(id)}/package`);
    const left = response.headers.get("x-downloads-left");
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      fileName: fileNameOf(response.headers.get("content-disposition")) ?? "package.zip",
      mediaType: response.headers.get("content-type")?.split(";")[0]?.trim() || "application/octet-stream",
      ...(left === null ? {} : { downloadsLeft: Number(left) }),
    };
  }

  /**
   * The secret this tenant's callbacks are signed with (scope tenant:profile, a tenant's token): check
   * the Waarborg-Signature header of each callback with it. The company derives it from a server key,
   * so read it again when the company says it rotated that key.
   */
  async tenantCallbackSecret(): Promise<string> {
    return (await this.#call<{ secret: string }>("GET", "/api/tenant/callback-secret")).secret;
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
    return (await (await this.#send(method, path, body)).json()) as T;
  }

  /** One call with the token; a refusal thrown as a WaarborgError, the answer otherwise untouched. */
  async #send(method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.#token}`, accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await this.#fetch(`${this.#base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw await errorOf(response);
    return response;
  }
}

/** The file name in a Content-Disposition header: the UTF-8 one (filename*) when given, else the plain one. */
function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A broken encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ?? /filename\s*=\s*([^;]+)/i.exec(disposition)?.[1]?.trim();
}
