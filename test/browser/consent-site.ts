import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The company's website in the browser tests: another origin than the service, with the banner in
 * its head and scripts and an iframe marked with the purposes they serve. It logs every path asked
 * for, so a test can see what the browser loaded; the marked scripts count their own runs.
 */
export interface Site {
  url: string;
  /** Paths requested since the last `forget()`. */
  requested: string[];
  forget(): void;
  close(): Promise<void>;
}

function page(serviceUrl: string, lang: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Shop</title>
<script src="${serviceUrl}/consent.js"></script>
<script type="text/plain" data-purpose="analytics">
  window.analyticsRuns = (window.analyticsRuns || 0) + 1;
  document.cookie = "plausible_id=1; path=/";
</script>
<script type="text/plain" data-purpose="advertising" src="/ads.js"></script>
</head>
<body>
<h1>Shop</h1>
<p>Everything the shop sells, with or without cookies.</p>
<p><a href="#cookie-settings">Cookie settings</a></p>
<iframe data-purpose="advertising" data-src="/ad-frame.html" title="Advert" width="300" height="100"></iframe>
</body>
</html>`;
}

export async function startSite(serviceUrl: () => string): Promise<Site> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://site");
    requested.push(url.pathname);
    if (url.pathname === "/ads.js") {
      response.writeHead(200, { "content-type": "text/javascript" });
      response.end('window.adsRuns = (window.adsRuns || 0) + 1; document.cookie = "_adnet=1; path=/";');
      return;
    }
    if (url.pathname === "/ad-frame.html") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<!doctype html><title>Advert</title><p>An advert</p>");
      return;
    }
    if (url.pathname === "/" || url.pathname === "/en") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(page(serviceUrl(), url.pathname === "/en" ? "en" : "nl"));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // localhost, not 127.0.0.1: another host than the service's, so each keeps its own cookies.
    url: `http://localhost:${port}`,
    requested,
    forget: () => void requested.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
