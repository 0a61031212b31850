import { nonEssential } from "../check/index.js";
import type { Cookie, Recipient, Register } from "../register/index.js";
import { hostMatches } from "./hosts.js";
import { KNOWN_HOSTS } from "./known-hosts.js";
import type { StoredItem } from "./observations.js";

/** A declared name matches itself, or with `*` standing for any characters (`_ga_*`). */
export function nameMatches(declared: string, seen: string): boolean {
  if (!declared.includes("*")) return declared === seen;
  const parts = declared.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`).test(seen);
}

/**
 * The register's entry for something the site stored. The `cookies` section lists cookies and the
 * like (Tw art. 11.7a covers any storing on the device), so a local storage key matches by name too.
 */
export function declaredCookie(register: Register, item: Pick<StoredItem, "name">): number | undefined {
  const index = register.cookies.findIndex((c) => nameMatches(c.name, item.name));
  return index < 0 ? undefined : index;
}

export function recipientFor(register: Register, host: string): [id: string, recipient: Recipient] | undefined {
  return Object.entries(register.recipients).find(([, r]) => r.hosts.some((h) => hostMatches(host, h)));
}

/** A cookie's provider names the recipient by its id, or by its name in either language. */
function provides(cookie: Cookie, id: string, recipient: Recipient): boolean {
  const names = typeof recipient.name === "string" ? [recipient.name] : [recipient.name.nl, recipient.name.en];
  return cookie.provider === id || (cookie.provider !== undefined && names.includes(cookie.provider));
}

/**
 * Whether calling the host counts as tracking that needs consent: a recipient that provides a cookie
 * needing consent, or a host on the list of known trackers. A host the register says nothing about is
 * not judged here; `scan-third-party-not-recipient` asks for it to be recorded first.
 */
export function consentBoundHost(register: Register, host: string): boolean {
  const match = recipientFor(register, host);
  if (match) {
    const [id, recipient] = match;
    return register.cookies.some((c) => provides(c, id, recipient) && nonEssential(c));
  }
  return KNOWN_HOSTS.some((k) => hostMatches(host, k.host));
}

/** First of each, by a key: the scan reports a cookie or a host once, where it was first seen. */
export function firstOf<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const KIND_WORDS: Record<StoredItem["kind"], string> = {
  cookie: "Cookie",
  local_storage: "Local storage key",
  session_storage: "Session storage key",
};
