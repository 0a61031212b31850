import { createHash } from "node:crypto";
import { h } from "preact";
import { describe, expect, it } from "vitest";
import { ErrorSummary, RadioGroup, TextArea, TextField } from "../../../src/http/pages/components.js";
import { errorPage } from "../../../src/http/pages/errors.js";
import { negotiateLang, otherLang, requestLang } from "../../../src/http/pages/i18n.js";
import { Layout } from "../../../src/http/pages/layout.js";
import { renderPage } from "../../../src/http/pages/render.js";
import { CONTRAST_PAIRS, STYLE, STYLE_HASH } from "../../../src/http/pages/style.js";

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

describe("language negotiation", () => {
  it("takes the supported language with the highest quality", () => {
    expect(negotiateLang("en-GB,en;q=0.9,nl;q=0.8")).toBe("en");
    expect(negotiateLang("de-DE, nl;q=0.5, en;q=0.7")).toBe("en");
    expect(negotiateLang("nl-BE")).toBe("nl");
    expect(negotiateLang("fr, en;q=0")).toBe("nl");
  });

  it("falls back to Dutch for no header, nonsense, or only other languages", () => {
    expect(negotiateLang(undefined)).toBe("nl");
    expect(negotiateLang("")).toBe("nl");
    expect(negotiateLang("de, fr;q=0.5")).toBe("nl");
    expect(negotiateLang(";;;q=abc,,")).toBe("nl");
  });

  it("lets ?lang win over the header, but only with a supported language", () => {
    expect(requestLang({ lang: "en" }, "nl")).toBe("en");
    expect(requestLang({ lang: "xx" }, "en")).toBe("en");
    expect(requestLang(undefined, "en")).toBe("en");
    expect(otherLang("nl")).toBe("en");
    expect(otherLang("en")).toBe("nl");
  });
});

describe("the layout", () => {
  const page = (lang: "nl" | "en") =>
    renderPage(
      h(Layout, {
        lang,
        title: "Titel <script>",
        siteName: "Klant & Co",
        homeHref: `/${lang}/`,
        nav: [{ href: `/${lang}/privacy`, label: "Privacy", current: true }],
        languageSwitch: { lang: otherLang(lang), href: `/${otherLang(lang)}/privacy` },
        children: h("h1", null, "Kop"),
      }),
    );

  it("sets the language, a skip link to main, and one style element allowed by its hash", () => {
    const html = page("en");
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<a class="skip-link" href="#main">Skip to content</a>');
    expect(html).toContain('<main id="main" tabindex="-1">');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toContain("<script");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    // The CSP hash is over the exact text the browser sees: the stylesheet must reach it unescaped.
    expect(`'sha256-${createHash("sha256").update(style).digest("base64")}'`).toBe(STYLE_HASH);
  });

  it("escapes the title and site name and marks the current page", () => {
    const html = page("nl");
    expect(html).toContain("<title>Titel &lt;script> – Klant &amp; Co</title>");
    expect(html).toContain('aria-current="page"');
  });

  it("links to the page in the other language, named in that language", () => {
    expect(page("nl")).toContain('<a href="/en/privacy" hreflang="en" lang="en">English</a>');
    expect(page("en")).toContain('<a href="/nl/privacy" hreflang="nl" lang="nl">Nederlands</a>');
  });
});

describe("form components", () => {
  const html = renderPage;

  it("labels an input and ties its hint and error to it", () => {
    const out = html(h(TextField, { name: "email", label: "E-mail", hint: "We send a code", error: "Fill this in" }));
    expect(out).toContain('<label for="email">E-mail</label>');
    expect(out).toContain('aria-describedby="email-error email-hint"');
    expect(out).toContain('aria-invalid="true"');
    expect(out.indexOf("email-error")).toBeLessThan(out.indexOf("<input"));
  });

  it("leaves aria-invalid and aria-describedby off a field without hint or error", () => {
    const out = html(h(TextField, { name: "phone", label: "Phone", value: '"><b>' }));
    expect(out).not.toContain("aria-invalid");
    expect(out).not.toContain("aria-describedby");
    expect(out).toContain('value="&quot;>&lt;b>"');
  });

  it("labels every radio button and gives the group a legend", () => {
    const out = html(
      h(RadioGroup, {
        name: "type",
        label: "What do you want?",
        value: "erasure",
        choices: [
          { value: "access", label: "Access" },
          { value: "erasure", label: "Erasure", hint: "All of it" },
        ],
      }),
    );
    expect(out).toContain("<legend>What do you want?</legend>");
    expect(out).toContain('<label for="type-access">Access</label>');
    expect(out).toMatch(/id="type-erasure"[^>]*checked/);
    expect(out).toContain('aria-describedby="type-erasure-hint"');
  });

  it("renders a text area with its value as text", () => {
    const out = html(h(TextArea, { name: "details", label: "Details", value: "</textarea><script>" }));
    expect(out).toContain("&lt;/textarea>&lt;script>");
  });

  it("lists errors as links to their fields, in the order given", () => {
    const out = html(h(ErrorSummary, { title: "Fix", errors: { b: "B wrong", a: "A wrong" }, order: ["a", "b"] }));
    expect(out.indexOf('href="#a"')).toBeLessThan(out.indexOf('href="#b"'));
    expect(html(h(ErrorSummary, { title: "Fix", errors: {} }))).toBe("<!DOCTYPE html>\n");
  });
});

describe("error pages", () => {
  it("speak the visitor's language and have one h1", () => {
    const nl = errorPage("not-found", { lang: "nl", siteName: "S", homeHref: "/nl/" });
    const en = errorPage("server-error", { lang: "en", siteName: "S", homeHref: "/en/" });
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain("Pagina niet gevonden");
    expect(en).toContain("Something went wrong");
    for (const page of [nl, en]) expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});

describe("the style", () => {
  it("keeps every text colour at WCAG AA contrast (4.5:1) on its background", () => {
    for (const [fg, bg] of CONTRAST_PAIRS) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it("uses only the colours it declares, so the contrast check covers them", () => {
    const declared = new Set(CONTRAST_PAIRS.flat().map((c) => c.toLowerCase()));
    const used = [...STYLE.matchAll(/(?<![\w-])color:\s*(#[0-9a-f]{6})/gi)].map((m) => (m[1] ?? "").toLowerCase());
    expect(used.filter((c) => !declared.has(c))).toEqual([]);
  });

  it("can go into a <style> element verbatim: nothing in it ends the element", () => {
    expect(STYLE).not.toMatch(/<\//);
  });

  it("shows where the keyboard focus is", () => {
    expect(STYLE).toMatch(/:focus-visible \{ outline: 3px solid/);
  });
});

describe("notices", () => {
  it("announce errors as alerts and outcomes as status, and leave plain information quiet", async () => {
    const { Notice } = await import("../../../src/http/pages/components.js");
    const error = renderPage(h(Notice, { kind: "error", title: "Mislukt", children: h("p", null, "x") }));
    expect(error).toContain('<div class="notice error" role="alert"><h2>Mislukt</h2>');
    expect(renderPage(h(Notice, { kind: "success", children: "ok" }))).toContain('role="status"');
    expect(renderPage(h(Notice, { children: "info" }))).not.toContain("role=");
  });
});
