import type { ComponentChildren } from "preact";
import { type ActiveSession, can, type Permission } from "../../../auth/index.js";
import type { Lang } from "../../../kernel/index.js";
import { otherLang } from "../../pages/i18n.js";
import { Layout, type NavLink } from "../../pages/layout.js";
import { accessWords } from "../access-words.js";
import { PROCESSOR_CONSOLE_WORDS } from "../processor-words.js";
import { BREACH_CONSOLE_WORDS } from "../breach-words.js";
import { RETENTION_CONSOLE_WORDS } from "../retention-words.js";
import { taskConsoleWords } from "../task-words.js";
import { ADMIN_PREFIX } from "../session.js";
import { roleName } from "../role-names.js";
import { type AdminWords, adminWords } from "../words.js";

/** What every console page knows about the visit. */
export interface PageContext {
  lang: Lang;
  siteName: string;
  /** The page's path without query, for the language switch and the current menu item. */
  path: string;
  session: ActiveSession | null;
}

type Section =
  | "requests"
  | "tasks"
  | "dashboard"
  | "consent"
  | "retention"
  | "outbox"
  | "audit"
  | "access-grants"
  | "breaches"
  | "processors"
  | "users"
  | "tokens";

const MENU: { section: Section; permission: Permission; label: (w: AdminWords, lang: Lang) => string }[] = [
  { section: "requests", permission: "requests.read", label: (w) => w.navRequests },
  { section: "tasks", permission: "requests.read", label: (_w, lang) => taskConsoleWords(lang).nav },
  { section: "dashboard", permission: "requests.read", label: (w) => w.navDashboard },
  { section: "consent", permission: "consent.read", label: (w) => w.navConsent },
  { section: "retention", permission: "retention.read", label: (_, lang) => RETENTION_CONSOLE_WORDS[lang].nav },
  { section: "outbox", permission: "outbox.read", label: (w) => w.navOutbox },
  { section: "audit", permission: "audit.read", label: (w) => w.navAudit },
  { section: "access-grants", permission: "access.read", label: (_w, lang) => accessWords(lang).title },
  { section: "breaches", permission: "breaches.read", label: (_w, lang) => BREACH_CONSOLE_WORDS[lang].nav },
  { section: "processors", permission: "processors.read", label: (_w, lang) => PROCESSOR_CONSOLE_WORDS[lang].nav },
  { section: "users", permission: "users.manage", label: (w) => w.navUsers },
  { section: "tokens", permission: "tokens.manage", label: (w) => w.navTokens },
];

/** The menu shows only what the user's role may open, so nobody is led to a 403. */
function menu(page: PageContext, words: AdminWords): NavLink[] {
  const session = page.session;
  if (!session) return [];
  return MENU.filter((item) => can(session.user.role, item.permission)).map((item) => {
    const href = `${ADMIN_PREFIX}/${item.section}`;
    return {
      href,
      label: item.label(words, page.lang),
      current: page.path === href || page.path.startsWith(`${href}/`),
    };
  });
}

/** A hidden field with the session's CSRF token; every console form that changes something has one. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/**
 * The console's frame: the shared layout with the console's menu, and, when signed in, who is signed
 * in with a sign-out button (a form, so signing out cannot be triggered by a link on another site).
 */
export function AdminFrame(props: { page: PageContext; title: string; children: ComponentChildren }) {
  const { page } = props;
  const words = adminWords(page.lang);
  const other = otherLang(page.lang);
  return (
    <Layout
      lang={page.lang}
      title={props.title}
      siteName={`${page.siteName} – ${words.consoleName}`}
      homeHref={`${ADMIN_PREFIX}/requests`}
      nav={menu(page, words)}
      languageSwitch={{ lang: other, href: `${page.path}?lang=${other}` }}
    >
      {page.session ? (
        <form class="session-bar" method="post" action={`${ADMIN_PREFIX}/sign-out`}>
          <CsrfField token={page.session.csrfToken} />
          <p>
            {words.signedInAs} {page.session.user.name} ({roleName(page.session.user.role, page.lang)}){" "}
            <button type="submit">{words.signOut}</button>
          </p>
        </form>
      ) : null}
      {props.children}
    </Layout>
  );
}
