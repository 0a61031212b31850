import { canonicalJson } from "../../audit/index.js";
import type { Store } from "../../store/index.js";
import type { BannerBundle, ShownConfig } from "../banner/shape.js";

/** Configurations this process has stored or read, by hash: each is looked up once. */
const known = new WeakMap<Store, Map<string, ShownConfig>>();

function cacheOf(store: Store): Map<string, ShownConfig> {
  let cache = known.get(store);
  if (!cache) {
    cache = new Map();
    known.set(store, cache);
  }
  return cache;
}

/**
 * Keeps each configuration the banner is about to show, once per hash, before any record can name
 * it: a record then always points at the exact texts and options the person saw.
 */
export async function keepConfigs(store: Store, bundle: BannerBundle, now: Date): Promise<void> {
  const cache = cacheOf(store);
  const fresh = Object.values(bundle.configs).filter((c) => !cache.has(c.hash));
  if (fresh.length === 0) return;
  await store.db
    .insertInto("consent_configs")
    .values(
      fresh.map((c) => ({
        hash: c.hash,
        version: c.shown.version,
        lang: c.shown.lang,
        config: canonicalJson(c.shown),
        created_at: now.toISOString(),
      })),
    )
    .onConflict((oc) => oc.column("hash").doNothing())
    .execute();
  for (const c of fresh) cache.set(c.hash, c.shown);
}

/** The configuration a hash names, as shown; undefined when no banner of this service ever showed it. */
export async function shownByHash(store: Store, hash: string): Promise<ShownConfig | undefined> {
  const cache = cacheOf(store);
  const cached = cache.get(hash);
  if (cached) return cached;
  const row = await store.db.selectFrom("consent_configs").select("config").where("hash", "=", hash).executeTakeFirst();
  if (!row) return undefined;
  const shown = JSON.parse(row.config) as ShownConfig;
  cache.set(hash, shown);
  return shown;
}
