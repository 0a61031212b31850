import type { ShownPurpose } from "./shape.js";

type Signal = "granted" | "denied";

/** The global data layer Google's tags read, made before any of them runs. */
function gtag(..._args: unknown[]): void {
  const w = window as unknown as { dataLayer?: unknown[] };
  // gtag.js expects the arguments object itself, not an array.
  // eslint-disable-next-line prefer-rest-params
  (w.dataLayer ??= []).push(arguments);
}

/**
 * Google Consent Mode v2: every storage denied by default, before any tag. The banner must come
 * before the Google tag on the page; tags that load later read this default and wait for the update.
 */
export function consentDefault(): void {
  gtag("consent", "default", {
    ad_storage: "denied",
    ad_user_data: "denied",
    ad_personalization: "denied",
    analytics_storage: "denied",
    wait_for_update: 500,
  });
}

/** The signals from the choices: a kind is granted only when every purpose of that kind is. */
export function consentUpdate(purposes: readonly ShownPurpose[], granted: (id: string) => boolean): void {
  const of = (kind: ShownPurpose["kind"]): Signal => {
    const ids = purposes.filter((p) => p.kind === kind).map((p) => p.id);
    return ids.length > 0 && ids.every(granted) ? "granted" : "denied";
  };
  const ads = of("advertising");
  gtag("consent", "update", {
    ad_storage: ads,
    ad_user_data: ads,
    ad_personalization: ads,
    analytics_storage: of("analytics"),
  });
}
