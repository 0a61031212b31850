import { randomUUID } from "node:crypto";
import { canonicalJson } from "../../audit/index.js";
import type { ServiceContext } from "../../context/index.js";
import type { Register } from "../../register/index.js";
import { finalChoices } from "../banner/rules.js";
import type { RecordedBody } from "../banner/shape.js";
import { shownByHash } from "./configs.js";
import { ConsentInputError, parseDecision } from "./input.js";
import { latestRecord } from "./read.js";
import { consentWriter } from "./writer.js";

/** What the transport knows about a decision besides its body. */
export interface DecisionMeta {
  /** The page's origin, from the browser's Origin header; "" when none was sent. */
  origin: string;
  /** Whether the request carried `Sec-GPC: 1`. */
  gpcHeader: boolean;
  via?: "banner" | "api";
}

/** Whether a record needs a parent's confirmation: the register says parental consent is obtained for minors. */
export function asksParent(register: Register): boolean {
  return register.minors?.parental_consent === true;
}

/**
 * Records one decision and resolves once it is committed: the choices per purpose as the rules make
 * them (GPC applied), the server's time, the configuration's version and hash. A first decision gets
 * a new random consent id; later ones name theirs, and are appended beside the earlier ones.
 */
export async function recordConsent(ctx: ServiceContext, input: unknown, meta: DecisionMeta): Promise<RecordedBody> {
  const body = parseDecision(input);
  const shown = await shownByHash(ctx.store, body.config);
  if (!shown) throw new ConsentInputError("config", "not a configuration this service has shown");
  const ids = new Set(shown.purposes.map((p) => p.id));
  for (const key of Object.keys(body.choices))
    if (!ids.has(key)) throw new ConsentInputError(`choices.${key}`, "not a purpose of this configuration");
  const gpc = body.gpc || meta.gpcHeader;
  if (body.action === "gpc" && !gpc)
    throw new ConsentInputError("action", "gpc needs the Global Privacy Control signal");
  // The signal's own record keeps what was granted before; it only turns purposes off, never on.
  const ticked =
    body.action === "gpc" ? (body.id ? ((await latestRecord(ctx.store, body.id))?.choices ?? {}) : {}) : body.choices;
  const choices = finalChoices(shown.purposes, body.action, ticked, { signal: gpc, ...shown.gpc });
  const id = body.id ?? randomUUID();
  const at = ctx.now().toISOString();
  await consentWriter(ctx.store).write({
    consent_id: id,
    at,
    version: shown.version,
    config_hash: body.config,
    choices: canonicalJson(choices),
    action: body.action,
    lang: shown.lang,
    origin: meta.origin,
    gpc: gpc ? 1 : 0,
    parental: body.minor && asksParent(ctx.register) ? "awaiting" : null,
    via: meta.via ?? "banner",
  });
  return { id, at, choices };
}

/** The last answer of consentOrigins, for as long as what it is made of stays the same. */
let origins: { key: string; set: Set<string> } | undefined;

/** The origins whose pages may post decisions: the company's website, the service itself, and any listed in the environment. */
export function consentOrigins(ctx: ServiceContext): Set<string> {
  const listed = ctx.env.WAARBORG_CONSENT_ORIGINS ?? "";
  const key = `${ctx.register.organization.website ?? ""} ${ctx.publicUrl} ${listed}`;
  if (origins?.key === key) return origins.set;
  const set = new Set<string>();
  for (const url of [ctx.register.organization.website, ctx.publicUrl, ...listed.split(",")]) {
    try {
      if (url?.trim()) set.add(new URL(url.trim()).origin);
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  origins = { key, set };
  return set;
}
