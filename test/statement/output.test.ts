import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/kernel/index.js";
import type { Register } from "../../src/register/schema/register.js";
import { renderStatement } from "../../src/statement/index.js";
import { loadDemo } from "./helpers.js";

let demo: Register;
beforeAll(async () => {
  demo = await loadDemo();
});

describe.each(["nl", "en"] as Lang[])("the %s statement output", (lang) => {
  it("is byte-identical between runs in Markdown and HTML", async () => {
    for (const format of ["md", "html"] as const) {
      const first = await renderStatement(demo, { lang, format });
      const second = await renderStatement(demo, { lang, format });
      expect(typeof first).toBe("string");
      expect(second).toBe(first);
    }
  });

  it("is a multi-page PDF with the title in its document info", async () => {
    const pdf = await renderStatement(demo, { lang, format: "pdf" });
    expect(Buffer.isBuffer(pdf)).toBe(true);
    const text = (pdf as Buffer).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    const pages = text.match(/\/Type \/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    const title = lang === "nl" ? "Privacyverklaring van Klantwijs B.V." : "Privacy statement of Klantwijs B.V.";
    expect(text).toContain(`(${title})`);
    expect(text).toMatch(/\/Title \d+ 0 R/);
  });

  it("is a Markdown document with one title, a contents list and no raw HTML", async () => {
    const md = (await renderStatement(demo, { lang, format: "md" })) as string;
    expect(md.match(/^# /gm)).toHaveLength(1);
    expect(md).toMatch(lang === "nl" ? /^\*\*Inhoud\*\*$/m : /^\*\*Contents\*\*$/m);
    expect(md).not.toMatch(/(?<!\\)<[a-z]/i);
    // Every in-page link points at a heading that exists (GitHub-style anchors).
    const slugs = new Set(
      [...md.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        (m[1] ?? "")
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, "")
          .replace(/\s/g, "-"),
      ),
    );
    const targets = [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !slugs.has(t ?? ""))).toEqual([]);
  });
});
