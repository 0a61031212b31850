import { activate } from "./gate.js";
import { consentDefault, consentUpdate } from "./gtag.js";
import { finalChoices } from "./rules.js";
import type { BannerBundle, ConsentAction, DecisionBody, RecordedBody } from "./shape.js";
import { readState, type State, writeState } from "./state.js";
import { buildView, type View } from "./view.js";
import css from "./style.css";

/** Put in by the service when it serves the script: the register's banner in every language. */
declare const WAARBORG_CONFIG: BannerBundle;

/** What `consent.get()` answers. */
export interface ConsentView {
  id: string | null;
  version: number;
  /** Whether the person has answered every purpose of this version. */
  decided: boolean;
  choices: Record<string, boolean>;
  gpc: boolean;
}

// Before anything else on the page can run: Google's tags read this default.
consentDefault();

const bundle = WAARBORG_CONFIG;
const script = document.currentScript as HTMLScriptElement | null;
const langOf = (code: string | null | undefined) => code?.slice(0, 2).toLowerCase() ?? "";
const lang =
  [script?.dataset.lang, document.documentElement.lang, ...navigator.languages]
    .map(langOf)
    .find((l) => l in bundle.configs) ?? bundle.fallback;
const { hash, shown } = bundle.configs[lang]!;
const signal = (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
const gpc = { signal, honour: shown.gpc.honour, explicitChoiceWins: shown.gpc.explicitChoiceWins };
const minor = script?.dataset.minor === "true";

let state = readState(bundle.cookie.name);
/** The stored choice, when it was made for this version: an older one is asked again. */
const current = (): State | undefined => (state?.v === shown.version ? state : undefined);
const granted = (id: string) => current()?.granted.includes(id) === true;
const decided = (id: string) => granted(id) || current()?.refused.includes(id) === true;
const listeners: ((view: ConsentView) => void)[] = [];

function get(): ConsentView {
  return {
    id: state?.id || null,
    version: shown.version,
    decided: shown.purposes.every((p) => decided(p.id)),
    choices: Object.fromEntries(shown.purposes.map((p) => [p.id, granted(p.id)])),
    gpc: signal,
  };
}

function apply(): void {
  consentUpdate(shown.purposes, granted);
  activate(granted);
}

async function post(action: ConsentAction, choices: Record<string, boolean>): Promise<RecordedBody> {
  const body: DecisionBody = { config: hash, action, choices, gpc: signal, ...(state?.id ? { id: state.id } : {}) };
  if (minor) body.minor = true;
  // text/plain keeps it a simple request: no preflight before every decision.
  const response = await fetch(bundle.endpoint, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "text/plain" },
    credentials: "omit",
    keepalive: true,
  });
  if (response.status !== 201) throw new Error(`consent not recorded (${response.status})`);
  return (await response.json()) as RecordedBody;
}

/** Decisions one after the other, so a second one carries the consent id the first was given. */
let queue: Promise<boolean> = Promise.resolve(true);
const decide = (action: ConsentAction, ticked: Record<string, boolean>) =>
  (queue = queue.then(() => decideNow(action, ticked)));

/** Records a decision, then keeps it and acts on it; nothing is granted before the service committed it. */
async function decideNow(action: ConsentAction, ticked: Record<string, boolean>): Promise<boolean> {
  const choices = finalChoices(shown.purposes, action, ticked, gpc);
  const withdrawn = shown.purposes.some((p) => granted(p.id) && !choices[p.id]);
  let recorded: RecordedBody;
  try {
    recorded = await post(withdrawn && action !== "gpc" ? "withdraw" : action, choices);
  } catch {
    return false;
  }
  const ids = shown.purposes.map((p) => p.id);
  state = {
    v: shown.version,
    id: recorded.id,
    granted: ids.filter((id) => recorded.choices[id]),
    // The signal's own record decides only the purposes it turns off; the rest is still asked.
    refused: ids.filter((id) => !recorded.choices[id] && (action !== "gpc" || decided(id) || isAdvertising(id))),
    gpc: signal,
  };
  writeState(bundle.cookie.name, bundle.cookie.days, state);
  // A script that already ran cannot be unloaded: reload, and it stays inert.
  if (withdrawn) location.reload();
  else apply();
  for (const listener of listeners) listener(get());
  return true;
}

const isAdvertising = (id: string) => shown.purposes.some((p) => p.id === id && p.kind === "advertising");

function start(): void {
  // Nothing to ask (no cookie needs consent): no banner, Consent Mode stays at its denied default.
  if (shown.purposes.length === 0) return;
  // A constructed sheet needs no 'unsafe-inline' in the site's Content-Security-Policy.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable sheets gets a style element.
    document.head.append(Object.assign(document.createElement("style"), { textContent: css }));
  }
  const view: View = buildView(shown, gpc.signal && gpc.honour, {
    accept: () => answer("accept_all"),
    reject: () => answer("reject_all"),
    save: (ticked) => answer("custom", ticked),
    settings: () => view.show(true, granted, state?.id),
  });
  async function answer(action: ConsentAction, ticked: Record<string, boolean> = {}) {
    if (await decide(action, ticked)) view.hide();
    else view.failed();
  }
  api.open = () => view.show(true, granted, state?.id);
  apply();
  // The signal is an objection by automated means (Art. 21(5)): recorded once, before any choice,
  // and again when it comes after a choice that granted advertising without it.
  const objected =
    gpc.signal &&
    gpc.honour &&
    shown.purposes.some((p) => p.kind === "advertising" && (!decided(p.id) || (granted(p.id) && !current()!.gpc)));
  if (objected) void decide("gpc", Object.fromEntries(shown.purposes.map((p) => [p.id, granted(p.id)])));
  const open = shown.purposes.some((p) => !decided(p.id) && !(objected && p.kind === "advertising"));
  if (open) view.show(false, () => false, undefined);
}

const api = {
  get,
  on(event: "change", listener: (view: ConsentView) => void): () => void {
    if (event === "change") listeners.push(listener);
    return () => void listeners.splice(listeners.indexOf(listener) >>> 0, 1);
  },
  open(): void {
    document.addEventListener("DOMContentLoaded", () => api.open(), { once: true });
  },
};
const w = window as unknown as { consent?: typeof api; waarborgConsent?: typeof api };
w.consent = w.waarborgConsent = api;
// Links anywhere on the page can open the settings too: <a href="#cookie-settings"> or [data-consent-open].
document.addEventListener("click", (event) => {
  const target = (event.target as Element | null)?.closest?.('[data-consent-open], a[href="#cookie-settings"]');
  if (!target) return;
  event.preventDefault();
  api.open();
});
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
