import { sha256Hex } from "../crypto/index.js";
import type { Register } from "../register/index.js";
import type { BannerBundle } from "./banner/shape.js";
import { bannerBundleCode, CONFIG_PLACEHOLDER } from "./bundle.js";
import { bannerBundle } from "./config/shown.js";

export interface BannerScript {
  /** The script as served: the bundle with the configuration of every language put in. */
  code: string;
  bundle: BannerBundle;
  /** For caching: changes when the code or any configuration does. */
  etag: string;
}

/** JSON as a JavaScript expression, with the two line separators older engines refuse in strings escaped. */
function jsLiteral(value: unknown): string {
  return JSON.stringify(value).replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
}

/** The banner for a register, ready to serve from `publicUrl`. */
export async function bannerScript(register: Register, publicUrl: string): Promise<BannerScript> {
  const code = await bannerBundleCode();
  const bundle = bannerBundle(register, publicUrl);
  const served = code.replace(CONFIG_PLACEHOLDER, () => jsLiteral(bundle));
  return { code: served, bundle, etag: `"${sha256Hex(served).slice(0, 32)}"` };
}
