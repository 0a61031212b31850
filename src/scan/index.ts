// The scan domain's public face: `waarborg scan` visits a site in Chromium and sets what it saw against
// the register. Other folders import from here, never from its files.
export { type BannerSelectors, WAARBORG_BANNER } from "./banner.js";
export { ChromiumMissingError, chromiumPath, DEFAULT_CHROMIUM, launchChromium } from "./chromium.js";
export { crawl, type CrawlOptions, ScanError } from "./crawl.js";
export { KNOWN_HOSTS } from "./known-hosts.js";
export { matchRegister, type ScanResult } from "./match.js";
export { type ScanOptions, scanSite } from "./scan.js";
export { PHASES, type Phase, type ScanObservation, type StoredItem, type ThirdPartyRequest } from "./observations.js";
export { rateLimit, type Clock, type RateLimit } from "./rate.js";
export { reportModel } from "./report-model.js";
export { renderReportHtml } from "./report-html.js";
export { renderReportPdf } from "./report-pdf.js";
export { parseRobots } from "./robots.js";
export { SCAN_RULES, type ScanRule } from "./rules.js";
