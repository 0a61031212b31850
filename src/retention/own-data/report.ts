import type { Lang } from "../../kernel/index.js";
import { formatPeriod, type OwnDataKind } from "../../register/index.js";
import type { OwnDataReport } from "./purge.js";

const WORDS = {
  nl: {
    heading: "Eigen gegevens van Waarborg",
    kind: {
      unverified_requests: "onbevestigde verzoeken",
      expired_codes: "verlopen codes",
      delivered_mail: "bezorgde mail",
      expired_packages: "verlopen pakketten",
    },
    fallback: "standaardtermijn: het register noemt geen termijn",
    removed: "verwijderd",
    wouldRemove: "zou verwijderen",
    with: { events: "gebeurtenissen", codes: "codes", packages: "pakketten" },
  },
  en: {
    heading: "Waarborg's own data",
    kind: {
      unverified_requests: "unverified requests",
      expired_codes: "expired codes",
      delivered_mail: "delivered mail",
      expired_packages: "expired packages",
    },
    fallback: "default period: the register records none",
    removed: "removed",
    wouldRemove: "would remove",
    with: { events: "events", codes: "codes", packages: "packages" },
  },
} as const satisfies Record<Lang, { kind: Record<OwnDataKind, string> } & Record<string, unknown>>;

/** The purge's report as text: per kind its period, and what was (or would be) removed. */
export function renderOwnDataReport(reports: readonly OwnDataReport[], lang: Lang, dryRun: boolean): string {
  const w = WORDS[lang];
  const lines = [`${w.heading}:`];
  for (const r of reports) {
    const period = `${formatPeriod(r.period, lang)}${r.recorded ? "" : `, ${w.fallback}`}`;
    const count = dryRun ? r.due : r.removed;
    const related = Object.entries(r.with)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${n} ${w.with[table as keyof typeof w.with] ?? table}`);
    const extra = related.length > 0 ? ` (+ ${related.join(", ")})` : "";
    lines.push(`  ${w.kind[r.kind]} (${period}): ${dryRun ? w.wouldRemove : w.removed} ${count}${extra}`);
  }
  return `${lines.join("\n")}\n`;
}
