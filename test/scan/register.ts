import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { loadRegister, type LoadedRegister, type Register } from "../../src/register/index.js";
import { applyPatch, baseRegister, type Patch } from "../check/helpers.js";

/**
 * The register of the test sites: a session cookie and the banner's own as necessary, the tracker's
 * cookie and storage key under consent for analytics, the tracker a recipient with its host.
 */
export const SITE_PATCH: Patch = {
  none: ["automated_decisions", "dpo"],
  recipients: {
    tracker: {
      name: "Tracker B.V.",
      kind: "processor",
      agreement: "signed",
      location: ["NL"],
      hosts: ["tracker.example"],
    },
  },
  consent: {
    purposes: {
      analytics: {
        name: "Statistieken",
        description: "bezoek tellen",
        mechanism: "opt_in",
        withdrawal: "via de cookie-instellingen",
      },
    },
    banner: {},
  },
  cookies: [
    { name: "session", purpose: "necessary", duration: "session" },
    { name: "waarborg_consent", purpose: "necessary", duration: "12 months" },
    { name: "_tr", purpose: "analytics", consent_purpose: "analytics", provider: "tracker", duration: "12 months" },
    { name: "_tr_*", purpose: "analytics", consent_purpose: "analytics", provider: "tracker" },
  ],
};

/** The register written to a file (the CLI reads one), with more patched in. */
export function writeSiteRegister(extra: Patch = {}): string {
  const doc = applyPatch(baseRegister() as unknown as Record<string, unknown>, SITE_PATCH as Record<string, unknown>);
  applyPatch(doc, extra as Record<string, unknown>);
  const file = join(mkdtempSync(join(tmpdir(), "waarborg-scan-")), "privacy.yaml");
  writeFileSync(file, stringify(doc, { lineWidth: 0 }));
  return file;
}

export async function siteRegister(extra: Patch = {}): Promise<LoadedRegister & { register: Register }> {
  const loaded = await loadRegister(writeSiteRegister(extra));
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (!loaded.register || errors.length > 0)
    throw new Error(`the test register does not load: ${JSON.stringify(errors)}`);
  return loaded as LoadedRegister & { register: Register };
}
