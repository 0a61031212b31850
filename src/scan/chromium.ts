import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium; WAARBORG_CHROMIUM names another. Playwright's own browser downloads are never used. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export class ChromiumMissingError extends Error {}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.WAARBORG_CHROMIUM || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new ChromiumMissingError(
      `no Chromium at ${path}: install it (apt-get install chromium) or set WAARBORG_CHROMIUM to its path`,
    );
  }
  return path;
}

export interface LaunchOptions {
  executablePath?: string;
  /** Host name → IP address: where the browser goes for a name instead of asking DNS. */
  resolve?: Readonly<Record<string, string>>;
}

/**
 * A headless Chromium that keeps to the scan: no background requests of its own (updates, safe
 * browsing, suggestions), so every request recorded is one the site made.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
  ];
  const entries = Object.entries(options.resolve ?? {});
  if (entries.length > 0)
    args.push(`--host-resolver-rules=${entries.map(([host, ip]) => `MAP ${host} ${ip}`).join(",")}`);
  return chromium.launch({ executablePath: options.executablePath ?? chromiumPath(), headless: true, args });
}
