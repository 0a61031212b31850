/**
 * Which hosts are the site's own. Without the public suffix list the scanner cannot know every
 * registrable domain, so it takes the site's host without a leading "www." as the base: the base and
 * its subdomains are first party (shop.example.nl and www.example.nl for www.example.nl), any other
 * host is a third party.
 */
export function siteBase(host: string): string {
  return host.toLowerCase().replace(/^www\./, "");
}

export function isFirstParty(host: string, siteHost: string): boolean {
  const h = host.toLowerCase().replace(/^\./, "");
  const base = siteBase(siteHost);
  return h === base || h.endsWith(`.${base}`) || h === siteHost.toLowerCase();
}

/** Whether `host` is `pattern` or one of its subdomains (a recipient's hosts include their subdomains). */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  return h === p || h.endsWith(`.${p}`);
}
