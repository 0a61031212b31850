import { hostMatches } from "./hosts.js";

/**
 * Hosts whose operator's location the scanner knows without the register: a short list of the
 * trackers most Dutch sites load, each where its data is processed (the United States for all of them:
 * each company processes the data there, whatever its European entity signs). It only ever adds a fact
 * a finding can rest on; a host not listed here and not in the register has no known location, and
 * the scan says nothing about its country.
 */
export const KNOWN_HOSTS: readonly { host: string; country: string; operator: string }[] = [
  { host: "google-analytics.com", country: "US", operator: "Google" },
  { host: "googletagmanager.com", country: "US", operator: "Google" },
  { host: "doubleclick.net", country: "US", operator: "Google" },
  { host: "googlesyndication.com", country: "US", operator: "Google" },
  { host: "facebook.net", country: "US", operator: "Meta" },
  { host: "facebook.com", country: "US", operator: "Meta" },
  { host: "licdn.com", country: "US", operator: "LinkedIn" },
  { host: "ads.linkedin.com", country: "US", operator: "LinkedIn" },
  { host: "clarity.ms", country: "US", operator: "Microsoft" },
  { host: "bat.bing.com", country: "US", operator: "Microsoft" },
  { host: "analytics.tiktok.com", country: "US", operator: "TikTok" },
  { host: "hs-analytics.net", country: "US", operator: "HubSpot" },
];

/** The known country of a host: first the user's own list (from the command line), then the list above. */
export function knownCountry(host: string, extra: Readonly<Record<string, string>> = {}): string | undefined {
  for (const [pattern, country] of Object.entries(extra)) if (hostMatches(host, pattern)) return country;
  return KNOWN_HOSTS.find((k) => hostMatches(host, k.host))?.country;
}
