import type { Lang } from "../kernel/index.js";
import type { Change } from "./change.js";
import { versionHeading, type VersionInfo, versionIntro } from "./version-words.js";

export { type VersionInfo, versionOf } from "./version-words.js";

export const DIFF_FORMATS = ["text", "md", "json"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface RenderDiffOptions {
  lang: Lang;
  format: DiffFormat;
  oldVersion: VersionInfo;
  newVersion: VersionInfo;
}

const WORDS = {
  title: { nl: "Wat verandert er in onze privacyverklaring", en: "What changes in our privacy statement" },
  notifyHeading: { nl: "Wat er voor u verandert", en: "What changes for you" },
  otherHeading: { nl: "Overige wijzigingen", en: "Other changes" },
  none: { nl: "Er zijn geen wijzigingen die u aangaan.", en: "There are no changes that affect you." },
  tag: { notify: { nl: "[melden]", en: "[notify]" }, info: { nl: "[info]", en: "[info]" } },
};

/**
 * The changes people need to hear about first, then the rest, each group in the order the diff found
 * them. The version change itself is what the introduction says, so the lists leave it out.
 */
function grouped(changes: readonly Change[]): { notify: Change[]; info: Change[] } {
  const listed = changes.filter((c) => c.kind !== "version_changed");
  return { notify: listed.filter((c) => c.impact === "notify"), info: listed.filter((c) => c.impact === "info") };
}

/** Escapes what Markdown (and HTML a mail tool may pass through) would read as markup in register text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);
}

function markdown(changes: readonly Change[], options: RenderDiffOptions): string {
  const { lang } = options;
  const { notify, info } = grouped(changes);
  const list = (items: Change[]) => items.map((c) => `- ${escapeMarkdown(c.message[lang])}`).join("\n");
  const parts = [`# ${WORDS.title[lang]}`, escapeMarkdown(versionIntro(options.oldVersion, options.newVersion, lang))];
  if (notify.length > 0) parts.push(`## ${WORDS.notifyHeading[lang]}`, list(notify));
  else parts.push(WORDS.none[lang]);
  if (info.length > 0) parts.push(`## ${WORDS.otherHeading[lang]}`, list(info));
  return `${parts.join("\n\n")}\n`;
}

function text(changes: readonly Change[], options: RenderDiffOptions): string {
  const { lang, oldVersion, newVersion } = options;
  const { notify, info } = grouped(changes);
  const heading = versionHeading(oldVersion, newVersion, lang);
  const lines = [heading ? `${WORDS.title[lang]}:${heading}` : WORDS.title[lang]];
  if (notify.length === 0) lines.push(WORDS.none[lang]);
  for (const c of [...notify, ...info]) lines.push(`${WORDS.tag[c.impact][lang]} ${c.message[lang]}`);
  return `${lines.join("\n")}\n`;
}

/** All changes, the version change included, for tools; notify-level first like the other formats. */
function json(changes: readonly Change[], options: RenderDiffOptions): string {
  const { lang } = options;
  const ordered = [...changes.filter((c) => c.impact === "notify"), ...changes.filter((c) => c.impact === "info")];
  const document = {
    language: lang,
    from: options.oldVersion,
    to: options.newVersion,
    notify: ordered.some((c) => c.impact === "notify"),
    changes: ordered.map((c) => ({ kind: c.kind, impact: c.impact, ref: c.ref, message: c.message[lang] })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function renderDiff(changes: readonly Change[], options: RenderDiffOptions): string {
  switch (options.format) {
    case "md":
      return markdown(changes, options);
    case "json":
      return json(changes, options);
    case "text":
      return text(changes, options);
  }
}
