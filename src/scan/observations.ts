/**
 * What a scan saw, as plain data: the crawl writes it, the rules and the report read it. Nothing here
 * holds a visitor's data: the scanner is a fresh browser of its own, so every value is the site's.
 */

/** The three visits of a scan: no choice made yet, "reject all" clicked, "accept all" clicked. */
export const PHASES = ["before", "reject", "accept"] as const;
export type Phase = (typeof PHASES)[number];

/** Something the browser keeps for the site: a cookie, or a key in local or session storage. */
export interface StoredItem {
  kind: "cookie" | "local_storage" | "session_storage";
  name: string;
  /** The cookie's domain, or the storage's origin host. */
  domain: string;
  firstParty: boolean;
  /** The page (path on the site) after whose visit the item was first seen in this phase. */
  page: string;
  /** Milliseconds since the scan started. */
  at: number;
  /**
   * Set (or set anew, with another value) after the phase's click. What a page stored before the click
   * belongs to "before any choice", even when it is seen again in the reject or accept visit.
   */
  afterChoice: boolean;
}

/** A request the site made the browser send to a host that is not the site's own. */
export interface ThirdPartyRequest {
  host: string;
  /** Origin and path only: a query string may carry identifiers, and the host and path are enough. */
  url: string;
  page: string;
  at: number;
  afterChoice: boolean;
}

export interface TimelineEvent {
  at: number;
  phase: Phase;
  what: "visit" | "banner" | "click" | "cookie" | "storage" | "request" | "skipped";
  detail: string;
}

export interface PhaseObservation {
  phase: Phase;
  /** Pages visited in this phase, in order. */
  pages: string[];
  stored: StoredItem[];
  requests: ThirdPartyRequest[];
  /** Whether a banner was found and, for reject and accept, its button clicked. */
  banner: "absent" | "shown" | "clicked" | "button-missing";
  /** A PNG of the first page as the visitor sees it before the click (before) or after it. */
  screenshot?: Buffer;
}

export interface ScanObservation {
  /** The start URL's origin, e.g. https://www.example.nl. */
  site: string;
  startedAt: Date;
  phases: Record<Phase, PhaseObservation>;
  /** Same-site pages not visited because robots.txt disallows them. */
  disallowed: string[];
  timeline: TimelineEvent[];
}
