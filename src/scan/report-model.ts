import type { Diagnostic } from "../diagnostics/index.js";
import type { Lang } from "../kernel/index.js";
import { PHASES, type Phase, type ScanObservation } from "./observations.js";
import { EVENT_NAMES, KIND_NAMES, PHASE_NAMES, SCREENSHOT_CAPTIONS, WORDS } from "./report-words.js";

/** Past this many events the timeline is cut, so a 50-page scan still prints on a few pages. */
export const TIMELINE_LIMIT = 400;

export interface ReportTable {
  caption: string;
  head: string[];
  rows: string[][];
  empty: string;
}

/** The evidence report's content in one language, rendered to HTML and to PDF alike. */
export interface ReportModel {
  lang: Lang;
  title: string;
  facts: [label: string, value: string][];
  intro: string;
  findings: ReportTable;
  screenshots: { phase: Phase; caption: string; png?: Buffer }[];
  stored: ReportTable[];
  requests: ReportTable[];
  timeline: ReportTable;
  timelineNote?: string;
}

const w = (key: keyof typeof WORDS, lang: Lang) => WORDS[key][lang];

export function reportModel(observation: ScanObservation, diagnostics: readonly Diagnostic[], lang: Lang): ReportModel {
  const { phases } = observation;
  const after = (afterChoice: boolean) => (afterChoice ? ` (${w("afterClick", lang)})` : "");
  const facts: [string, string][] = [
    [w("site", lang), observation.site],
    [w("scanned", lang), observation.startedAt.toISOString()],
    [w("pages", lang), phases.before.pages.join(", ")],
  ];
  if (observation.disallowed.length > 0) facts.push([w("disallowedPages", lang), observation.disallowed.join(", ")]);
  const events = observation.timeline.slice(0, TIMELINE_LIMIT);
  return {
    lang,
    title: w("title", lang),
    facts,
    intro: w("intro", lang),
    findings: {
      caption: w("findings", lang),
      head: [w("rule", lang), w("finding", lang), w("article", lang)],
      rows: diagnostics.map((d) => [d.rule, `${d.severity}: ${d.message}`, d.article ?? ""]),
      empty: w("noFindings", lang),
    },
    screenshots: PHASES.map((phase) => ({
      phase,
      caption: SCREENSHOT_CAPTIONS[phase][lang],
      png: phases[phase].screenshot,
    })),
    stored: PHASES.map((phase) => ({
      caption: `${w("stored", lang)}: ${PHASE_NAMES[phase][lang]}`,
      head: [w("name", lang), w("kind", lang), w("domain", lang), w("party", lang), w("firstSeen", lang)],
      rows: phases[phase].stored.map((i) => [
        i.name,
        KIND_NAMES[i.kind][lang],
        i.domain,
        w(i.firstParty ? "first" : "third", lang),
        `${i.page}${after(i.afterChoice)}`,
      ]),
      empty: w("nothingStored", lang),
    })),
    requests: PHASES.map((phase) => {
      const byHost = new Map<string, { count: number; first: string }>();
      for (const r of phases[phase].requests) {
        const entry = byHost.get(r.host) ?? { count: 0, first: `${r.url} (${r.page}${after(r.afterChoice)})` };
        entry.count++;
        byHost.set(r.host, entry);
      }
      return {
        caption: `${w("requests", lang)}: ${PHASE_NAMES[phase][lang]}`,
        head: [w("host", lang), w("count", lang), w("firstSeen", lang)],
        rows: [...byHost].map(([host, e]) => [host, String(e.count), e.first]),
        empty: w("noRequests", lang),
      };
    }),
    timeline: {
      caption: w("timeline", lang),
      head: [w("time", lang), w("visit", lang), w("event", lang), w("detail", lang)],
      rows: events.map((e) => [String(e.at), PHASE_NAMES[e.phase][lang], EVENT_NAMES[e.what][lang], e.detail]),
      empty: "",
    },
    timelineNote:
      observation.timeline.length > TIMELINE_LIMIT
        ? w("timelineCut", lang)
            .replace("%1", String(TIMELINE_LIMIT))
            .replace("%2", String(observation.timeline.length))
        : undefined,
  };
}
