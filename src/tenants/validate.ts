import { hasUnsafeCharacters, isEmailAddress } from "../identifiers/index.js";
import { TenantDirectoryError } from "./errors.js";

/** A tenant's key as tokens and requests carry it: 1 to 200 characters, trimmed. */
export function tenantKey(value: string): string {
  const key = value.trim();
  if (!key || key.length > 200 || hasUnsafeCharacters(key))
    throw new TenantDirectoryError(
      "invalid",
      "a tenant's key has 1 to 200 characters, without control characters",
      "key",
    );
  return key;
}

/** The name a referred person reads: 1 to 200 characters on one line. */
export function tenantName(value: string): string {
  const name = value.trim();
  if (!name || name.length > 200 || hasUnsafeCharacters(name))
    throw new TenantDirectoryError("invalid", "name has 1 to 200 characters on one line", "name");
  return name;
}

/** A privacy contact's e-mail address, or null to record none. */
export function contactEmail(value: string | null): string | null {
  if (value === null) return null;
  const email = value.trim();
  if (email.length > 254 || !isEmailAddress(email))
    throw new TenantDirectoryError("invalid", "email is an e-mail address such as privacy@customer.example", "email");
  return email;
}

/**
 * A privacy contact's web page, or null. Only http(s): the address is shown to people as a link, and
 * another scheme (javascript:, data:) would run or hide something behind it.
 */
export function contactUrl(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !["https:", "http:"].includes(url.protocol) || text.length > 500 || hasUnsafeCharacters(text))
    throw new TenantDirectoryError(
      "invalid",
      "url is a web address starting with https:// (at most 500 characters)",
      "url",
    );
  return text;
}

/** The hosts a callback may reach over plain http: this machine only, for a receiver in a test. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Where the tenant's callbacks go, or null for none. https only: the body says which request moved and
 * its signature is worth nothing to a receiver who cannot be sure who read it on the way. Plain http
 * is let through for this machine alone, where a test or a local bridge listens.
 */
export function callbackUrl(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  const allowed = url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
  if (!url || !allowed || url.username || url.password || text.length > 500 || hasUnsafeCharacters(text))
    throw new TenantDirectoryError(
      "invalid",
      "the callback URL is a web address starting with https:// (http:// only on localhost), without a user or password, at most 500 characters",
      "callbackUrl",
    );
  return text;
}
