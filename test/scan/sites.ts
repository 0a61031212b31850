import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The sites the scan tests visit, all served by one server on 127.0.0.1. The browser reaches the
 * "third parties" (tracker.example, widgets.faraway.example) through --host-resolver-rules, so every
 * request stays on this machine; the server tells them apart by the Host header.
 *
 * - compliant: a session cookie; the tracker only after "accept all".
 * - tracker-before: the tracker loads before any choice (it stops once "reject all" is stored).
 * - after-reject: its own banner (other selectors) loads the tracker on "reject all" too.
 * - undeclared: a cookie the register does not list, a widget host that is no recipient, outside the EEA.
 * - waarborg: Waarborg's own banner script, the tracker held back until consent as the banner gates it;
 *   the site answers the banner's POST as the service would.
 */
export const VARIANTS = ["compliant", "tracker-before", "after-reject", "undeclared", "waarborg"] as const;
export type Variant = (typeof VARIANTS)[number];

export const OTHER_BANNER = { banner: ".cc-banner", accept: ".cc-accept", reject: ".cc-reject" };
export const RESOLVE = {
  "tracker.example": "127.0.0.1",
  "widgets.faraway.example": "127.0.0.1",
  "elsewhere.example": "127.0.0.1",
};

export interface TestSites {
  url(variant: Variant, path?: string): string;
  port: number;
  /** Paths asked for on the site's own host, per variant, with the robots.txt reads. */
  requested: string[];
  /** Paths asked for on elsewhere.example, where /away redirects: another site the scan must not crawl. */
  elsewhere: string[];
  close(): Promise<void>;
}

const PAGES = ["/", "/about", "/contact", "/shop"];

function banner(variant: Variant): string {
  return variant === "after-reject"
    ? `<div class="cc-banner"><p>Cookies?</p><button class="cc-accept">OK</button><button class="cc-reject">Nee</button></div>`
    : `<section id="waarborg-consent-banner" role="dialog" aria-label="Cookies"><p>Cookies?</p>
<button id="waarborg-consent-accept">Alles accepteren</button><button id="waarborg-consent-reject">Alles weigeren</button></section>`;
}

/** The page's script: the banner's logic, right or wrong as the variant wants. */
function script(variant: Variant, port: number): string {
  const banner = variant === "after-reject" ? ".cc-banner" : "#waarborg-consent-banner";
  const accept = variant === "after-reject" ? ".cc-accept" : "#waarborg-consent-accept";
  const reject = variant === "after-reject" ? ".cc-reject" : "#waarborg-consent-reject";
  const shouldLoad = {
    compliant: "c === 'accept'",
    "tracker-before": "c !== 'reject'",
    "after-reject": "c !== null",
    undeclared: "c === 'accept'",
    waarborg: "false",
  }[variant];
  const onReject = variant === "after-reject" ? "loadTracker();" : "";
  const undeclared =
    variant === "undeclared"
      ? `document.cookie = "promo_seen=1; path=/";
var w = document.createElement("script"); w.src = "http://widgets.faraway.example:${port}/w.js"; document.head.appendChild(w);`
      : "";
  return `
function choice() { var m = document.cookie.match(/(?:^|; )waarborg_consent=([^;]*)/); return m ? m[1] : null; }
function loadTracker() { var s = document.createElement("script"); s.src = "http://tracker.example:${port}/t.js"; document.head.appendChild(s); }
function choose(value) { document.cookie = "waarborg_consent=" + value + "; path=/"; document.querySelector("${banner}").hidden = true; }
var c = choice();
if (c) document.querySelector("${banner}").hidden = true;
if (${shouldLoad}) loadTracker();
${undeclared}
document.querySelector("${accept}").onclick = function () { choose("accept"); loadTracker(); };
document.querySelector("${reject}").onclick = function () { choose("reject"); ${onReject} };
`;
}

/** A page with Waarborg's banner: the tracker is inert (text/plain) until the banner releases it. */
function waarborgPage(path: string, port: number): string {
  const links = PAGES.filter((p) => p !== path)
    .map((p) => `<li><a href="/waarborg${p === "/" ? "" : p}">${p}</a></li>`)
    .join("");
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>waarborg ${path}</title>
<script src="/consent.js"></script>
<script type="text/plain" data-purpose="analytics" src="http://tracker.example:${port}/t.js"></script>
</head><body><h1>waarborg</h1><ul>${links}</ul></body></html>`;
}

function page(variant: Variant, path: string, port: number): string {
  if (variant === "waarborg") return waarborgPage(path, port);
  const links = [
    ...PAGES.filter((p) => p !== path),
    "/private/admin",
    "/brochure.pdf",
    "/away",
    "http://elsewhere.example/",
  ]
    .map((p) => `<li><a href="${p.startsWith("http") ? p : `/${variant}${p === "/" ? "" : p}`}">${p}</a></li>`)
    .join("");
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${variant} ${path}</title></head>
<body>${banner(variant)}<h1>${variant}</h1><ul>${links}</ul><script>${script(variant, port)}</script></body></html>`;
}

const TRACKER_JS = (port: number) => `
document.cookie = "_tr=" + Math.random().toString(36).slice(2) + "; path=/";
localStorage.setItem("_tr_id", String(Date.now()));
new Image().src = "http://tracker.example:${port}/pixel.gif";
`;

/** `banner` gives Waarborg's banner script for the site's origin (the register's, as the service serves it). */
export async function startSites(banner?: (origin: string) => Promise<string>): Promise<TestSites> {
  const requested: string[] = [];
  const elsewhere: string[] = [];
  let port = 0;
  const server: Server = createServer(async (request, response) => {
    const host = (request.headers.host ?? "").split(":")[0];
    const url = new URL(request.url ?? "/", "http://site");
    if (host === "tracker.example") {
      if (url.pathname === "/t.js") {
        response.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-store" });
        return response.end(TRACKER_JS(port));
      }
      response.writeHead(200, { "content-type": "image/gif", "cache-control": "no-store" });
      return response.end(Buffer.from("R0lGODlhAQABAAAAACw=", "base64"));
    }
    if (host === "elsewhere.example") {
      elsewhere.push(url.pathname);
      response.writeHead(200, { "content-type": "text/html" });
      return response.end(`<!doctype html><title>elsewhere</title><a href="/deeper">deeper</a>`);
    }
    if (host === "widgets.faraway.example") {
      response.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-store" });
      return response.end("window.widget = true;");
    }
    requested.push(url.pathname);
    if (url.pathname === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain" });
      return response.end("User-agent: *\nDisallow: /*/private/\n");
    }
    if (url.pathname === "/consent.js" && banner) {
      response.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-store" });
      return response.end(await banner(`http://127.0.0.1:${port}`));
    }
    if (url.pathname === "/consent" && request.method === "POST") {
      let body = "";
      for await (const chunk of request) body += String(chunk);
      const { choices } = JSON.parse(body) as { choices: Record<string, boolean> };
      response.writeHead(201, { "content-type": "application/json" });
      return response.end(JSON.stringify({ id: "c-1", at: new Date().toISOString(), choices }));
    }
    if (url.pathname.endsWith("/away")) {
      response.writeHead(302, { location: `http://elsewhere.example:${port}/landing` });
      return response.end();
    }
    const [, variant, ...rest] = url.pathname.split("/");
    const path = `/${rest.join("/")}`;
    if (!(VARIANTS as readonly string[]).includes(variant ?? "") || !PAGES.includes(path)) {
      response.writeHead(404, { "content-type": "text/plain" });
      return response.end("not found");
    }
    response.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "set-cookie": "session=s1; Path=/; HttpOnly; SameSite=Lax",
    });
    response.end(page(variant as Variant, path, port));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (variant, path = "/") => `http://127.0.0.1:${port}/${variant}${path === "/" ? "" : path}`,
    requested,
    elsewhere,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
