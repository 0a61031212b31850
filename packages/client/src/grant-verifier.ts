import type { Fetch } from "./client.js";
import {
  GRANT_TOKEN_TYPE,
  importKeys,
  openJws,
  type PublishedKey,
  type Refusal,
  REVOCATION_LIST_TYPE,
  type Verified,
} from "./jws.js";

/** What a grant token says; `jti` is the grant's id. Times are seconds since 1970, as in JWT. */
export interface GrantClaims {
  iss: string;
  /** The grantee: who uses the grant, an id in the company's systems. */
  sub: string;
  jti: string;
  tenant: string;
  party: string;
  ref: { kind: string; id: string };
  iat: number;
  nbf: number;
  exp: number;
}

export interface GrantVerifierOptions {
  /** Waarborg's public address; the keys and the revocation list are under /.well-known/ there. */
  baseUrl?: string;
  /** The key set's address, when it is not under baseUrl; the issuer is then taken from it. */
  jwksUrl?: string;
  /** The issuer tokens must name: the service's public address (baseUrl, or jwksUrl's). */
  issuer?: string;
  /** The signed revocation list's address (next to the key set by default). */
  revocationsUrl?: string;
  fetch?: Fetch;
  /** The clock; the system's by default. */
  now?: () => Date;
  /** Seconds of clock difference tolerated at either end of a token's window (30). */
  leewaySeconds?: number;
  /**
   * How long a fetched revocation list is used before fetching it again (60 seconds); never past its
   * own expiry, after which a token is refused until a fresh list is in.
   */
  revocationsRefreshSeconds?: number;
}

export interface GrantVerifier {
  /**
   * Verifies a grant token before opening `tenant`'s data: signature by a published key, type, issuer,
   * time window, tenant, and a fresh signed revocation list that does not name it.
   */
  verify(token: string, check: { tenant: string }): Promise<Verified<GrantClaims>>;
}

const WELL_KNOWN_KEYS = "/.well-known/jwks.json";
const WELL_KNOWN_REVOCATIONS = "/.well-known/access-grant-revocations";
/** A token naming a kid the key set lacks fetches the set again, at most this often (a rotation). */
const KEYS_REFETCH_MS = 60_000;

function addresses(options: GrantVerifierOptions): { jwks: string; revocations: string; issuer: string } {
  const base = options.baseUrl?.replace(/\/+$/, "");
  const jwks = options.jwksUrl ?? (base === undefined ? undefined : `${base}${WELL_KNOWN_KEYS}`);
  if (jwks === undefined) throw new TypeError("createGrantVerifier needs baseUrl or jwksUrl");
  const root = base ?? (jwks.endsWith(WELL_KNOWN_KEYS) ? jwks.slice(0, -WELL_KNOWN_KEYS.length) : undefined);
  const issuer = options.issuer ?? root;
  if (issuer === undefined) throw new TypeError("createGrantVerifier needs issuer when jwksUrl is elsewhere");
  const revocations = options.revocationsUrl ?? (root === undefined ? undefined : `${root}${WELL_KNOWN_REVOCATIONS}`);
  if (revocations === undefined) throw new TypeError("createGrantVerifier needs revocationsUrl");
  return { jwks, revocations, issuer };
}

interface CachedList {
  revoked: ReadonlySet<string>;
  /** Seconds since 1970: the list's own expiry. */
  exp: number;
  /** When to fetch it again, in ms. */
  refreshAt: number;
}

/**
 * A verifier for support-access grant tokens, built only from what the service publishes: its key
 * set and its signed revocation list, both fetched, checked and kept here. It never calls back per
 * token. Refuses when anything is wrong, including a revocation list it cannot get fresh: a revoked
 * grant must not open data because the list was out of reach.
 */
export function createGrantVerifier(options: GrantVerifierOptions): GrantVerifier {
  const urls = addresses(options);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? (() => new Date());
  const leewaySeconds = options.leewaySeconds ?? 30;
  const refreshMs = (options.revocationsRefreshSeconds ?? 60) * 1000;

  let keys: Promise<Map<string, CryptoKey>> | undefined;
  let keysFetchedAt = Number.NEGATIVE_INFINITY;
  let list: CachedList | undefined;
  let listing: Promise<void> | undefined;

  async function fetchKeys(): Promise<Map<string, CryptoKey>> {
    const response = await doFetch(urls.jwks, { headers: { accept: "application/json" } });
    if (!response.ok) throw new Error(`the key set answered HTTP ${response.status}`);
    const set = (await response.json()) as { keys?: unknown };
    return importKeys(Array.isArray(set.keys) ? (set.keys as PublishedKey[]) : []);
  }

  async function key(kid: string): Promise<CryptoKey | undefined> {
    const at = now().getTime();
    if (!keys) {
      keysFetchedAt = at;
      keys = fetchKeys();
      // A failed fetch is not kept: the next token tries again.
      keys.catch(() => (keys = undefined));
    }
    const found = (await keys.catch(() => undefined))?.get(kid);
    if (found || at - keysFetchedAt < KEYS_REFETCH_MS) return found;
    keys = undefined;
    return key(kid);
  }

  async function fetchList(): Promise<void> {
    const response = await doFetch(urls.revocations, { headers: { accept: "application/jwt" } });
    if (!response.ok) throw new Error(`the revocation list answered HTTP ${response.status}`);
    const opened = await openJws((await response.text()).trim(), {
      type: REVOCATION_LIST_TYPE,
      issuer: urls.issuer,
      now: now(),
      leewaySeconds,
      key,
    });
    if (!opened.ok) throw new Error(`the revocation list was refused: ${opened.refusal}`);
    const { revoked, exp } = opened.claims as { revoked?: unknown; exp: number };
    if (!Array.isArray(revoked) || !revoked.every((id) => typeof id === "string"))
      throw new Error("the revocation list was refused: malformed");
    list = { revoked: new Set(revoked), exp, refreshAt: now().getTime() + refreshMs };
  }

  /** The revocation list, fetched again when due; undefined when no fresh one could be had. */
  async function revocations(): Promise<CachedList | undefined> {
    const at = now().getTime();
    if (!list || at >= list.refreshAt || at / 1000 >= list.exp) {
      // One fetch at a time: parallel verifications wait for the same answer.
      listing ??= fetchList()
        .catch(() => undefined)
        .finally(() => (listing = undefined));
      await listing;
    }
    const fresh = list && now().getTime() / 1000 < list.exp + leewaySeconds ? list : undefined;
    return fresh;
  }

  const refuse = (refusal: Refusal): Verified<GrantClaims> => ({ ok: false, refusal });

  return {
    async verify(token, check) {
      const opened = await openJws(token, {
        type: GRANT_TOKEN_TYPE,
        issuer: urls.issuer,
        now: now(),
        leewaySeconds,
        key,
      });
      if (!opened.ok) return opened;
      const claims = opened.claims as unknown as GrantClaims;
      if (typeof claims.jti !== "string" || typeof claims.tenant !== "string") return refuse("malformed");
      if (claims.tenant !== check.tenant) return refuse("wrong-tenant");
      const current = await revocations();
      if (!current) return refuse("revocations-unavailable");
      if (current.revoked.has(claims.jti)) return refuse("revoked");
      return { ok: true, claims };
    },
  };
}
