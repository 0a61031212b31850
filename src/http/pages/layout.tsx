import type { ComponentChildren } from "preact";
import type { Lang } from "../../kernel/index.js";
import { commonWords } from "./i18n.js";
import { STYLE } from "./style.js";

/** A link in the header or the footer; `current` marks the page the visitor is on. */
export interface NavLink {
  href: string;
  label: string;
  current?: boolean;
}

export interface LayoutProps {
  lang: Lang;
  /** What the page is about; the <title> adds the site's name after it. */
  title: string;
  siteName: string;
  homeHref: string;
  nav?: NavLink[];
  footer?: NavLink[];
  /** This page in the other language. */
  languageSwitch?: { lang: Lang; href: string };
  children: ComponentChildren;
}

/**
 * The frame of every page: the language on <html>, a skip link to the content, the site's name and
 * menu, one <main>, and a footer with the language switch. Pages put exactly one <h1> in `children`.
 * No scripts: everything works with plain links and forms.
 */
export function Layout(props: LayoutProps) {
  const words = commonWords(props.lang);
  const other = props.languageSwitch;
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} – ${props.siteName}`}</title>
        {/* The stylesheet is a constant of this module, never register or visitor text. It goes in
            verbatim because the Content-Security-Policy allows it by the hash of its exact characters,
            and escaping would change them (quotes in attribute selectors). */}
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {words.skipToContent}
        </a>
        <header class="site-header">
          <a class="site-name" href={props.homeHref}>
            {props.siteName}
          </a>
          {props.nav && props.nav.length > 0 ? (
            <nav aria-label={words.mainNavigation}>
              <Links links={props.nav} />
            </nav>
          ) : null}
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <nav aria-label={words.footerNavigation}>
            <ul>
              {other ? (
                <li>
                  <a href={other.href} hreflang={other.lang} lang={other.lang}>
                    {commonWords(other.lang).languageName}
                  </a>
                </li>
              ) : null}
              {(props.footer ?? []).map((link) => (
                <li key={link.href}>
                  <NavAnchor link={link} />
                </li>
              ))}
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  );
}

function Links({ links }: { links: NavLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <NavAnchor link={link} />
        </li>
      ))}
    </ul>
  );
}

function NavAnchor({ link }: { link: NavLink }) {
  return (
    <a href={link.href} aria-current={link.current ? "page" : undefined}>
      {link.label}
    </a>
  );
}
