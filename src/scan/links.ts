/** Files a crawl of pages has no reason to open. */
const NOT_A_PAGE =
  /\.(pdf|zip|gz|tar|png|jpe?g|gif|svg|webp|ico|mp4|mp3|webm|woff2?|ttf|css|js|json|xml|csv|docx?|xlsx?)$/i;

/**
 * The same-origin pages among a page's links, as path and query (no fragment): the scan stays on the
 * site it was pointed at and never follows a link elsewhere.
 */
export function samePageLinks(hrefs: readonly string[], origin: string): string[] {
  const out: string[] = [];
  for (const href of hrefs) {
    let url: URL;
    try {
      url = new URL(href, origin);
    } catch {
      continue;
    }
    if (url.origin !== origin || !/^https?:$/.test(url.protocol) || NOT_A_PAGE.test(url.pathname)) continue;
    const path = `${url.pathname}${url.search}`;
    if (!out.includes(path)) out.push(path);
  }
  return out;
}
