import { isIP } from "node:net";
import { ConfigError } from "./config-error.js";

/**
 * Which proxies may tell the service who the visitor is. Fastify's trustProxy takes both forms: a
 * number of hops (the address the last proxy appended, counting from the right of X-Forwarded-For)
 * or the proxies' own addresses. `true` would mean "believe the left-most entry", which the client
 * writes itself; it is refused, so no deployment ends up with limits anyone can step around.
 */
export type ProxyTrust = false | number | string[];

/** Names proxy-addr knows for whole ranges of private addresses. */
const RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
const MAX_HOPS = 10;

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split("/");
  const family = isIP(address ?? "");
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** WAARBORG_TRUST_PROXY: unset or `false`, a number of hops, or a comma-separated list of addresses and CIDRs. */
export function proxyTrustFrom(text: string | undefined): ProxyTrust {
  const value = (text ?? "").trim();
  if (value === "" || value === "false" || value === "0") return false;
  if (value === "true")
    throw new ConfigError(
      "WAARBORG_TRUST_PROXY=true is no longer accepted: it trusted the left-most X-Forwarded-For entry, which the client writes; " +
        "give the number of proxies in front of the service (1 for one reverse proxy) or their addresses (10.0.0.5,10.1.0.0/16)",
    );
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS)
      throw new ConfigError(`WAARBORG_TRUST_PROXY: at most ${MAX_HOPS} proxies in front of the service`);
    return hops;
  }
  const entries = value.split(",").map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    if (!isAddressOrRange(entry))
      throw new ConfigError(
        `WAARBORG_TRUST_PROXY entry ${index + 1} is neither an IP address, a CIDR range (10.0.0.0/8) nor loopback, linklocal or uniquelocal`,
      );
  });
  return entries;
}
