import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { crawl, launchChromium } from "../src/scan/index.js";

/**
 * `waarborg scan` on a local site of N pages (50 by default), next to a baseline in the same process:
 * a plain `fetch` crawl of the same pages, without a browser, following the same links. The baseline
 * is what fetching and link-following alone cost; the ratio is the price of what only a browser can
 * show (scripts run, cookies set from JavaScript, the banner clicked, requests to third parties).
 * The scan visits every page three times (before a choice, after reject, after accept), so both are
 * counted in page visits a second; the baseline fetches each page once per phase too. The scan's rate
 * limit is lifted (the site is local) and it waits its default 300 ms of network quiet per page.
 *
 *   npm run bench -- scan [--pages 50]
 */
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function page(i: number, pages: number, port: number): string {
  const links = [i + 1, i + 2, i + 7, 0]
    .filter((n) => n < pages)
    .map((n) => `<a href="/p/${n}">page ${n}</a>`)
    .join(" ");
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Page ${i}</title></head><body>
<section id="waarborg-consent-banner"><button id="waarborg-consent-accept">Alles accepteren</button>
<button id="waarborg-consent-reject">Alles weigeren</button></section><h1>Page ${i}</h1><p>${links}</p>
<script>
var c = (document.cookie.match(/(?:^|; )waarborg_consent=([^;]*)/) || [])[1];
function load() { var s = document.createElement("script"); s.src = "http://tracker.example:${port}/t.js"; document.head.appendChild(s); }
function choose(v) { document.cookie = "waarborg_consent=" + v + "; path=/"; document.getElementById("waarborg-consent-banner").hidden = true; if (v === "accept") load(); }
if (c) document.getElementById("waarborg-consent-banner").hidden = true;
if (c === "accept") load();
document.getElementById("waarborg-consent-accept").onclick = function () { choose("accept"); };
document.getElementById("waarborg-consent-reject").onclick = function () { choose("reject"); };
</script></body></html>`;
}

async function startSite(pages: number): Promise<{ server: Server; origin: string }> {
  let port = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://site");
    if (request.headers.host?.startsWith("tracker.example")) {
      response.writeHead(200, { "content-type": "text/javascript" });
      return response.end('document.cookie = "_tr=1; path=/";');
    }
    if (url.pathname === "/robots.txt") return response.writeHead(404).end();
    const n = url.pathname === "/" ? 0 : Number(url.pathname.replace("/p/", ""));
    if (!Number.isInteger(n) || n < 0 || n >= pages) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": "session=1; Path=/" });
    response.end(page(n, pages, port));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** The baseline: breadth-first over the same links with fetch, up to the same number of pages. */
async function fetchCrawl(origin: string, pages: number): Promise<number> {
  const queue = ["/"];
  const known = new Set(queue);
  let visited = 0;
  while (queue.length > 0 && visited < pages) {
    const html = await (await fetch(`${origin}${queue.shift()}`)).text();
    visited++;
    for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
      if (href && !known.has(href)) {
        known.add(href);
        queue.push(href);
      }
    }
  }
  return visited;
}

export async function run(): Promise<void> {
  const pages = option("pages", 50);
  const { server, origin } = await startSite(pages);
  const browser = await launchChromium({ resolve: { "tracker.example": "127.0.0.1" } });
  try {
    const fetchStart = performance.now();
    let fetched = 0;
    for (let phase = 0; phase < 3; phase++) fetched += await fetchCrawl(origin, pages);
    const fetchSeconds = (performance.now() - fetchStart) / 1000;

    const scanStart = performance.now();
    const observation = await crawl({ url: `${origin}/`, pages, browser, rate: 1000 });
    const scanSeconds = (performance.now() - scanStart) / 1000;
    const visits = Object.values(observation.phases).reduce((sum, p) => sum + p.pages.length, 0);

    const scanRate = visits / scanSeconds;
    const fetchRate = fetched / fetchSeconds;
    console.log(`  site: ${pages} pages, scanned ${observation.phases.before.pages.length} in each of 3 phases`);
    console.log(
      `  waarborg scan (Chromium): ${visits} page visits in ${scanSeconds.toFixed(1)} s = ${scanRate.toFixed(2)} pages/s`,
    );
    console.log(
      `  baseline (fetch, no browser): ${fetched} page visits in ${fetchSeconds.toFixed(2)} s = ${fetchRate.toFixed(1)} pages/s`,
    );
    console.log(`  ratio: the scan runs at ${(scanRate / fetchRate).toFixed(4)}x the plain fetch crawl's pace`);
    console.log(
      JSON.stringify({
        bench: "scan",
        pages,
        visits,
        scanSeconds: Number(scanSeconds.toFixed(2)),
        scanPagesPerSecond: Number(scanRate.toFixed(2)),
        fetchVisits: fetched,
        fetchPagesPerSecond: Number(fetchRate.toFixed(1)),
        ratioToFetch: Number((scanRate / fetchRate).toFixed(4)),
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
}
