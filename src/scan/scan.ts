import type { LoadedRegister, Register } from "../register/index.js";
import { crawl, type CrawlOptions } from "./crawl.js";
import { matchRegister, type ScanResult } from "./match.js";

export interface ScanOptions extends CrawlOptions {
  /** Host → country for hosts the register and the known list do not place. */
  countries?: Readonly<Record<string, string>>;
}

/** `waarborg scan`: visits the site and sets what it saw against the register. */
export async function scanSite(
  loaded: LoadedRegister & { register: Register },
  options: ScanOptions,
): Promise<ScanResult> {
  const observation = await crawl(options);
  return matchRegister(loaded, observation, options.countries);
}
