import { escapeMarkdown, escapeMarkdownLineStart, flatten, safeHref } from "./escape.js";
import type { Block, Inline, Section, DocumentModel } from "./model.js";

/**
 * GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, "-1", "-2" for repeats.
 * In-page links point at these, since plain Markdown has no way to set an anchor id.
 */
function headingSlugs(doc: DocumentModel): Map<string, string> {
  const used = new Map<string, number>();
  const slug = (text: string) => {
    const base = text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
  slug(doc.title);
  const ids = new Map<string, string>();
  const visit = (s: Section) => {
    ids.set(s.id, slug(s.heading));
    s.subsections.forEach(visit);
  };
  doc.sections.forEach(visit);
  return ids;
}

/** A document as CommonMark with GitHub tables. */
export function renderMarkdown(doc: DocumentModel): string {
  const slugs = headingSlugs(doc);
  const inline = (content: Inline, lineStart = true): string => {
    const text = content
      .map((span) => {
        if (typeof span === "string") return escapeMarkdown(flatten(span));
        if ("strong" in span) {
          // Emphasis markers must hug the text, so surrounding spaces go outside them.
          const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(flatten(span.strong)) ?? ["", "", span.strong, ""];
          return core ? `${lead}**${escapeMarkdown(core)}**${trail}` : lead + trail;
        }
        const label = escapeMarkdown(flatten(span.text));
        const href = span.href.startsWith("#")
          ? `#${slugs.get(span.href.slice(1)) ?? span.href.slice(1)}`
          : safeHref(span.href);
        return href ? `[${label}](${href.replace(/[ ()<>]/g, (c) => encodeURIComponent(c))})` : label;
      })
      .join("");
    return lineStart ? escapeMarkdownLineStart(text) : text;
  };
  const block = (b: Block): string => {
    switch (b.type) {
      case "paragraph":
        return inline(b.content);
      case "list":
        return b.items.map((item) => `- ${inline(item)}`).join("\n");
      case "table": {
        const cell = (content: Inline) => inline(content, false).replace(/\|/g, "\\|");
        const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
        return [
          `*${escapeMarkdown(flatten(b.caption))}*`,
          "",
          row(b.head.map((h) => cell([h]))),
          row(b.head.map(() => "---")),
          ...b.rows.map((r) => row(r.map(cell))),
        ].join("\n");
      }
    }
  };
  const out: string[] = [`# ${inline([doc.title])}`];
  if (doc.subtitle) out.push(`*${escapeMarkdown(flatten(doc.subtitle))}*`);
  out.push(...doc.intro.map(block));
  out.push(
    `**${escapeMarkdown(doc.labels.contents)}**`,
    doc.sections.map((s) => `- [${escapeMarkdown(flatten(s.heading))}](#${slugs.get(s.id)})`).join("\n"),
  );
  const section = (s: Section, depth: number) => {
    out.push(`${"#".repeat(Math.min(depth, 6))} ${inline([s.heading])}`);
    out.push(...s.blocks.map(block));
    for (const sub of s.subsections) section(sub, depth + 1);
  };
  for (const s of doc.sections) section(s, 2);
  return `${out.join("\n\n")}\n`;
}
