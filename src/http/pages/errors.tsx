import type { Lang } from "../../kernel/index.js";
import { addressed, type FormOfAddress } from "../../vocabulary/index.js";
import { commonWords } from "./i18n.js";
import { Layout } from "./layout.js";
import { renderPage } from "./render.js";

export type ErrorKind = "not-found" | "bad-request" | "server-error";

/**
 * The page for a request that cannot be answered, in the visitor's language. It never repeats what
 * was asked for (the path may hold a token, the body personal data) and never says why a link stopped
 * working: an expired link and one that never existed look the same. The public pages speak in the
 * register's form of address; the admin console's, with no form given, in the formal "u".
 */
export function errorPage(
  kind: ErrorKind,
  options: { lang: Lang; siteName: string; homeHref: string; form?: FormOfAddress },
): string {
  const words = commonWords(options.lang);
  const [title, text] =
    kind === "not-found"
      ? [words.notFoundTitle, words.notFoundText]
      : kind === "bad-request"
        ? [words.badRequestTitle, words.badRequestText]
        : [words.serverErrorTitle, words.serverErrorText];
  return renderPage(
    <Layout lang={options.lang} title={title} siteName={options.siteName} homeHref={options.homeHref}>
      <h1>{title}</h1>
      <p>{addressed(text, options.form ?? "u")}</p>
      <p>
        <a href={options.homeHref}>{words.backHome}</a>
      </p>
    </Layout>,
  );
}
