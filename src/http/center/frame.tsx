import type { FastifyReply } from "fastify";
import type { ComponentChildren } from "preact";
import type { ServiceContext } from "../../context/index.js";
import { localize } from "../../register/index.js";
import type { Lang } from "../../kernel/index.js";
import { commonWords, otherLang } from "../pages/i18n.js";
import { Layout } from "../pages/layout.js";
import { renderPage } from "../pages/render.js";
import { centerWords } from "./words.js";

/** The privacy center's sections, for marking the current one in the menu. */
export type CenterSection = "home" | "statement" | "request" | "processors" | undefined;

export interface CenterPageOptions {
  lang: Lang;
  title: string;
  section?: CenterSection;
  /**
   * This page in the other language. Pages under /nl/ and /en/ swap the prefix; pages whose path
   * holds a secret (status) pass their own link.
   */
  switchHref: string;
  children: ComponentChildren;
}

/** The center's pages live under /nl/ and /en/; the same page in the other language swaps the prefix. */
export const langPath = (lang: Lang, path = "") => `/${lang}/${path}`;

/** A privacy center page as HTML: the shared layout with the center's menu and footer. */
export function centerPage(ctx: ServiceContext, options: CenterPageOptions): string {
  const { lang } = options;
  const words = centerWords(lang, ctx.register.statement.address);
  const common = commonWords(lang);
  const link = (section: CenterSection, path: string, label: string) => ({
    href: langPath(lang, path),
    label,
    current: options.section === section,
  });
  return renderPage(
    <Layout
      lang={lang}
      title={options.title}
      siteName={localize(ctx.register.organization.name, lang)}
      homeHref={langPath(lang)}
      nav={[
        link("home", "", words.navHome),
        link("statement", "privacy", words.navStatement),
        link("request", "request", words.navRequest),
      ]}
      footer={[
        { href: langPath(lang, "privacy"), label: common.privacyStatement },
        { href: `${langPath(lang, "privacy")}#cookies`, label: common.cookieSettings },
      ]}
      languageSwitch={{ lang: otherLang(lang), href: options.switchHref }}
    >
      {options.children}
    </Layout>,
  );
}

/** Sends a page. Pages that show a person's request are never stored by the browser or a proxy. */
export function sendPage(reply: FastifyReply, html: string, options: { status?: number; private?: boolean } = {}) {
  return reply
    .code(options.status ?? 200)
    .header("cache-control", options.private ? "no-store" : "no-cache")
    .type("text/html; charset=utf-8")
    .send(html);
}
