import type { Severity } from "../diagnostics/index.js";
import { isInEea, type Path, type Register } from "../register/index.js";
import { consentBoundHost, declaredCookie, firstOf, KIND_WORDS, recipientFor } from "./facts.js";
import { knownCountry } from "./known-hosts.js";
import type { Phase, ScanObservation, StoredItem, ThirdPartyRequest } from "./observations.js";
import { nonEssential } from "../check/index.js";

export interface ScanContext {
  register: Register;
  observation: ScanObservation;
  /** Host → country the user knows of (`--host-country`), on top of the known hosts. */
  countries: Readonly<Record<string, string>>;
}

export interface ScanFinding {
  path: Path;
  message: string;
  atKey?: boolean;
}

/** A rule over what a scan saw, set against the register: one idea, with the article it rests on. */
export interface ScanRule {
  id: string;
  severity: Severity;
  article: string;
  summary: string;
  hint: string;
  run(ctx: ScanContext): Iterable<ScanFinding>;
}

const PHASE_WORDS: Record<Phase, string> = {
  before: "before any choice",
  reject: "after reject all",
  accept: "after accept all",
};

const allStored = (o: ScanObservation) => [o.phases.before, o.phases.reject, o.phases.accept].flatMap((p) => p.stored);
const allRequests = (o: ScanObservation) =>
  [o.phases.before, o.phases.reject, o.phases.accept].flatMap((p) => p.requests);
const itemKey = (i: StoredItem) => `${i.kind}\u0000${i.name}`;
const where = (page: string, phase: Phase) => `first seen on ${page} ${PHASE_WORDS[phase]}`;

/** What the site stored in a phase without consent: before the choice, or after a refusal. */
function* storedWithoutConsent(ctx: ScanContext, phase: "before" | "reject"): Iterable<ScanFinding> {
  const items = ctx.observation.phases[phase].stored.filter((i) => phase === "before" || i.afterChoice);
  for (const item of firstOf(items, itemKey)) {
    const index = declaredCookie(ctx.register, item);
    // An undeclared item has no recorded purpose: scan-undeclared-cookie asks for one first.
    if (index === undefined) continue;
    const cookie = ctx.register.cookies[index]!;
    if (!nonEssential(cookie)) continue;
    yield {
      path: ["cookies", index, "purpose"],
      message: `${KIND_WORDS[item.kind]} "${item.name}" is for ${cookie.purpose} and needs consent, but the site stored it ${PHASE_WORDS[phase]} (on ${item.page}).`,
    };
  }
}

/** Calls to trackers in a phase without consent. */
function* requestsWithoutConsent(ctx: ScanContext, phase: "before" | "reject"): Iterable<ScanFinding> {
  const requests = ctx.observation.phases[phase].requests.filter((r) => phase === "before" || r.afterChoice);
  for (const request of firstOf(requests, (r) => r.host)) {
    if (!consentBoundHost(ctx.register, request.host)) continue;
    const match = recipientFor(ctx.register, request.host);
    const count = requests.filter((r) => r.host === request.host).length;
    yield {
      path: match ? ["recipients", match[0], "hosts"] : ["recipients"],
      atKey: !match,
      message: `The site called ${request.host}, a tracker that needs consent, ${PHASE_WORDS[phase]}: ${count} request(s), the first ${request.url} from ${request.page}.`,
    };
  }
}

export const scanUndeclaredCookie: ScanRule = {
  id: "scan-undeclared-cookie",
  severity: "error",
  article: "Tw art. 11.7a(1)(a), GDPR Art. 13(1)(c)",
  summary: "Every cookie and storage key the site sets is in the register's cookies.",
  hint: "add it under cookies with its purpose, provider and duration, or stop the site setting it",
  *run(ctx) {
    for (const item of firstOf(allStored(ctx.observation), itemKey)) {
      if (declaredCookie(ctx.register, item) !== undefined) continue;
      const phase = (["before", "reject", "accept"] as const).find((p) =>
        ctx.observation.phases[p].stored.includes(item),
      )!;
      yield {
        path: ["cookies"],
        atKey: true,
        message: `${KIND_WORDS[item.kind]} "${item.name}" (${item.domain}, ${item.firstParty ? "first" : "third"} party) is not in the register; ${where(item.page, phase)}.`,
      };
    }
  },
};

export const scanCookieBeforeConsent: ScanRule = {
  id: "scan-cookie-before-consent",
  severity: "error",
  article: "Tw art. 11.7a(1)(b)",
  summary: "No cookie that needs consent is stored before the visitor has chosen.",
  hint: "hold the script that sets it back until consent (type=text/plain data-purpose=...)",
  run: (ctx) => storedWithoutConsent(ctx, "before"),
};

export const scanCookieAfterReject: ScanRule = {
  id: "scan-cookie-after-reject",
  severity: "error",
  article: "Tw art. 11.7a(1)(b), GDPR Art. 4(11)",
  summary: "No cookie that needs consent is stored after 'reject all'.",
  hint: "make the script that sets it respect the refusal; a rejected purpose's scripts must not run",
  run: (ctx) => storedWithoutConsent(ctx, "reject"),
};

export const scanRequestBeforeConsent: ScanRule = {
  id: "scan-request-before-consent",
  severity: "error",
  article: "Tw art. 11.7a(1)(b)",
  summary: "No tracker that needs consent is called before the visitor has chosen.",
  hint: "load the tracker only after consent for its purpose",
  run: (ctx) => requestsWithoutConsent(ctx, "before"),
};

export const scanRequestAfterReject: ScanRule = {
  id: "scan-request-after-reject",
  severity: "error",
  article: "Tw art. 11.7a(1)(b), GDPR Art. 4(11)",
  summary: "No tracker that needs consent is called after 'reject all'.",
  hint: "make the tracker respect the refusal: nothing of a rejected purpose may load",
  run: (ctx) => requestsWithoutConsent(ctx, "reject"),
};

export const scanDeclaredCookieUnseen: ScanRule = {
  id: "scan-declared-cookie-unseen",
  severity: "warning",
  article: "GDPR Art. 5(1)(a), Art. 12(1)",
  summary:
    "Every cookie the register declares was seen on the site, so the statement lists no cookie that is not there.",
  hint: "remove it from the register if the site no longer sets it, or scan more pages (--pages) if it is set deeper in",
  *run(ctx) {
    const stored = allStored(ctx.observation);
    for (const [i, cookie] of ctx.register.cookies.entries()) {
      if (stored.some((item) => declaredCookie(ctx.register, item) === i)) continue;
      const pages = ctx.observation.phases.before.pages.length;
      yield {
        path: ["cookies", i, "name"],
        message: `Cookie "${cookie.name}" is declared but was not seen on ${pages} page(s), before a choice, after reject all or after accept all.`,
      };
    }
  },
};

export const scanThirdPartyNotRecipient: ScanRule = {
  id: "scan-third-party-not-recipient",
  severity: "error",
  article: "GDPR Art. 13(1)(e), Art. 30(1)(d)",
  summary: "Every third-party host the site calls belongs to a recipient in the register (its hosts).",
  hint: "add the host to the hosts of the recipient it belongs to, or add that recipient",
  *run(ctx) {
    const requests = allRequests(ctx.observation);
    for (const request of firstOf(requests, (r) => r.host)) {
      if (recipientFor(ctx.register, request.host)) continue;
      const phase = phaseOf(ctx.observation, request);
      yield {
        path: ["recipients"],
        atKey: true,
        message: `The site calls ${request.host}, which is not among the recipients' hosts; ${where(request.page, phase)} (${request.url}).`,
      };
    }
  },
};

export const scanTransferUndeclared: ScanRule = {
  id: "scan-transfer-undeclared",
  severity: "error",
  article: "GDPR Art. 13(1)(f), Art. 44",
  summary: "A host outside the EEA the site calls is a recipient whose location names that country.",
  hint: "record the country in the recipient's location with a transfer safeguard, or stop calling the host",
  *run(ctx) {
    for (const request of firstOf(allRequests(ctx.observation), (r) => r.host)) {
      const country = knownCountry(request.host, ctx.countries);
      if (!country || isInEea(country)) continue;
      const match = recipientFor(ctx.register, request.host);
      if (match?.[1].location.includes(country)) continue;
      yield {
        path: match ? ["recipients", match[0], "location"] : ["recipients"],
        atKey: !match,
        message: match
          ? `The site calls ${request.host} of recipient "${match[0]}", which sends the data to ${country}, but the recipient's location does not name ${country}.`
          : `The site calls ${request.host}, which sends the data to ${country} outside the EEA, and no recipient in the register names that transfer.`,
      };
    }
  },
};

export const scanBannerNotFound: ScanRule = {
  id: "scan-banner-not-found",
  severity: "warning",
  article: "Tw art. 11.7a(1)(b)",
  summary:
    "Where the register has cookies that need consent, the scan finds the banner and its reject and accept buttons.",
  hint: "give the banner's selectors (--banner, --accept, --reject) if it is not Waarborg's own",
  *run(ctx) {
    if (!ctx.register.cookies.some(nonEssential)) return;
    for (const phase of ["reject", "accept"] as const) {
      const banner = ctx.observation.phases[phase].banner;
      if (banner === "clicked") continue;
      yield {
        path: ["consent"],
        atKey: true,
        message:
          banner === "absent"
            ? `No banner was found on the first page, so the visit ${PHASE_WORDS[phase]} shows nothing about that choice.`
            : `The banner's ${phase} button was not found, so the visit ${PHASE_WORDS[phase]} shows nothing about that choice.`,
      };
    }
  },
};

function phaseOf(observation: ScanObservation, request: ThirdPartyRequest): Phase {
  return (["before", "reject", "accept"] as const).find((p) => observation.phases[p].requests.includes(request))!;
}

/** Every scan rule, in the order the docs list them. */
export const SCAN_RULES: readonly ScanRule[] = [
  scanUndeclaredCookie,
  scanCookieBeforeConsent,
  scanCookieAfterReject,
  scanRequestBeforeConsent,
  scanRequestAfterReject,
  scanDeclaredCookieUnseen,
  scanThirdPartyNotRecipient,
  scanTransferUndeclared,
  scanBannerNotFound,
];
