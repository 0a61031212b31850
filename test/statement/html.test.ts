import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { CONTRAST_PAIRS, STYLE } from "../../src/documents/html-style.js";
import { renderStatement } from "../../src/statement/index.js";
import { loadDemo } from "./helpers.js";

/** WCAG 2.x relative luminance and contrast ratio, from a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

let demo: Register;
beforeAll(async () => {
  demo = await loadDemo();
});

describe.each(["nl", "en"] as Lang[])("the %s HTML statement", (lang) => {
  let html: string;
  beforeAll(async () => {
    html = (await renderStatement(demo, { lang, format: "html" })) as string;
  });

  it("declares its language", () => {
    expect(html).toContain(`<html lang="${lang}">`);
  });

  it("has exactly one h1 and no jumps in the heading levels", () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    const jumps = levels.flatMap((level, i) =>
      i > 0 && level > (levels[i - 1] ?? 0) + 1 ? [`h${levels[i - 1]} -> h${level}`] : [],
    );
    expect(jumps).toEqual([]);
  });

  it("gives every table a caption and every header cell a scope", () => {
    const tables = [...html.matchAll(/<table>\s*([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? "");
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) expect(table.trimStart().startsWith("<caption")).toBe(true);
    const headers = [...html.matchAll(/<th\b[^>]*>/g)].map((m) => m[0]);
    expect(headers.length).toBeGreaterThan(0);
    expect(headers.filter((th) => !/ scope="(col|row)"/.test(th))).toEqual([]);
  });

  it("has a table of contents whose every link resolves, and a skip link to the main content", () => {
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    const tocLinks = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(tocLinks.length).toBeGreaterThan(10);
    const allLinks = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(allLinks.filter((id) => !ids.has(id))).toEqual([]);
    expect(html).toMatch(/<body>\s*<a class="skip-link" href="#main">/);
    expect(html).toContain('<main id="main"');
  });

  it("uses every id once", () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it("is self-contained: no scripts, no external resources, a policy that forbids them", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("<style>");
  });
});

describe("the HTML style", () => {
  it("keeps every text colour at WCAG AA contrast (4.5:1) on its background", () => {
    for (const [fg, bg] of CONTRAST_PAIRS) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it("uses only the colours it declares, so the contrast check covers them", () => {
    const declared = new Set(CONTRAST_PAIRS.flat().map((c) => c.toLowerCase()));
    const used = [...STYLE.matchAll(/(?<![\w-])color:\s*(#[0-9a-f]{6})/gi)].map((m) => (m[1] ?? "").toLowerCase());
    // #000 in print is black on white paper; every screen colour must be one of the checked pairs.
    expect(used.filter((c) => !declared.has(c))).toEqual([]);
  });

  it("limits the line length and has print styles", () => {
    expect(STYLE).toMatch(/max-width:\s*4\d(\.\d+)?rem/);
    expect(STYLE).toContain("@media print");
  });
});
