import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, escapeMarkdownLineStart, safeHref } from "../../src/documents/escape.js";
import { renderHtml } from "../../src/documents/html.js";
import { renderMarkdown } from "../../src/documents/markdown.js";
import { type DocumentModel, link, paragraph, section, strong, table } from "../../src/documents/model.js";
import { renderStatement } from "../../src/statement/index.js";
import { register } from "./helpers.js";

const HOSTILE = `<script>alert("x")</script> & 'Co' | *bold* [link](javascript:alert(1)) _x_`;

describe("escapeHtml", () => {
  it("turns markup characters into entities", () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
    );
  });
});

describe("escapeMarkdown", () => {
  it("escapes emphasis, links, code and HTML", () => {
    expect(escapeMarkdown("*a* [b](c) `d` <e> ~f~ \\")).toBe("\\*a\\* \\[b\\](c) \\`d\\` \\<e\\> \\~f\\~ \\\\");
  });

  it("escapes underscores at word edges but keeps them inside words", () => {
    expect(escapeMarkdown("_x_ kw_session")).toBe("\\_x\\_ kw_session");
  });

  it("escapes entity references", () => {
    expect(escapeMarkdown("&lt; & B&B")).toBe("\\&lt; & B&B");
  });

  it("stops text at a line start from opening a heading, quote or list", () => {
    expect(escapeMarkdownLineStart("# x")).toBe("\\# x");
    expect(escapeMarkdownLineStart("- x")).toBe("\\- x");
    expect(escapeMarkdownLineStart("1. x")).toBe("1\\. x");
    expect(escapeMarkdownLineStart("x - y")).toBe("x - y");
  });
});

describe("safeHref", () => {
  it("allows web, e-mail, telephone and in-page links only", () => {
    expect(safeHref("https://a.example/x")).toBe("https://a.example/x");
    expect(safeHref("mailto:a@b.example")).toBe("mailto:a@b.example");
    expect(safeHref("tel:+31301234567")).toBe("tel:+31301234567");
    expect(safeHref("#contact")).toBe("#contact");
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref(" JavaScript:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,<script>")).toBeUndefined();
  });
});

const hostileDoc: DocumentModel = {
  lang: "en",
  title: HOSTILE,
  subtitle: HOSTILE,
  intro: [paragraph(HOSTILE, strong(HOSTILE), link(HOSTILE, "javascript:alert(1)"))],
  sections: [
    section(`x" onclick="alert(1)`, HOSTILE, [
      table(HOSTILE, ["a|b", HOSTILE], [[[HOSTILE], ["c|d"]]]),
      paragraph(link("ok", `https://a.example/"><script>`)),
    ]),
  ],
  labels: { contents: HOSTILE, skipToContent: HOSTILE, page: () => HOSTILE },
  effectiveDate: "2026-01-01",
  author: HOSTILE,
};

describe("renderers on hostile text", () => {
  it("HTML never lets text become markup or a script link", () => {
    const html = renderHtml(hostileDoc);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toContain('onclick="');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
    expect(html).toContain('href="https://a.example/&quot;&gt;&lt;script&gt;"');
  });

  it("Markdown shows the text literally and keeps table rows whole", () => {
    const md = renderMarkdown(hostileDoc);
    expect(md).not.toMatch(/(?<!\\)<script/i);
    // Only an unescaped "](" opens a link; the escaped text may still spell the words.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain("\\<script\\>");
    const row = md.split("\n").find((line) => line.includes("c\\|d"));
    // Two cells: three unescaped pipes.
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(3);
  });

  it("a register with script in its text renders it as text in every format", async () => {
    const reg = register({
      organization: { name: "<script>alert(1)</script> B.V.", website: "javascript:alert(1)" },
      cookies: [{ name: "a|b<img src=x>", purpose: "necessary" }],
      statement: { version: "<b>1</b>", effective_date: "2026-01-01" },
    });
    const html = (await renderStatement(reg, { lang: "nl", format: "html" })) as string;
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; B.V.");
    const md = (await renderStatement(reg, { lang: "nl", format: "md" })) as string;
    expect(md).not.toMatch(/(?<!\\)<(script|img|b)/i);
    expect(md).not.toContain("](javascript:");
    expect(md).toContain("a\\|b\\<img src=x\\>");
  });
});
