import { z } from "zod";
import type { ServiceContext } from "../../context/index.js";
import { type Lang, LANGUAGES } from "../../kernel/index.js";
import {
  archivedStatement,
  buildStatement,
  statementKey,
  type StatementVersion,
  statementVersions,
} from "../../statement/index.js";
import { formatDate } from "../../vocabulary/index.js";
import { Notice } from "../pages/components.js";
import { DocumentView, type ShownDocument } from "../pages/document.js";
import { otherLang } from "../pages/i18n.js";
import { centerPage, langPath, sendPage } from "./frame.js";
import { type CenterWords, centerWords } from "./words.js";
import type { TypedApp } from "../pages/form-post.js";

function ArchiveLink({ lang, words }: { lang: Lang; words: CenterWords }) {
  return (
    <p>
      <a href={langPath(lang, "privacy/versions")}>{words.allVersions}</a>
    </p>
  );
}

function VersionsPage(props: { lang: Lang; words: CenterWords; versions: StatementVersion[]; current: string }) {
  const { lang, words, versions, current } = props;
  return (
    <>
      <h1>{words.archive.title}</h1>
      <p>{words.archive.intro}</p>
      {versions.length === 0 ? (
        <p>{words.archive.missing}</p>
      ) : (
        <table>
          <caption>{words.archive.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.archive.version}</th>
              <th scope="col">{words.archive.effective}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.key}>
                <th scope="row">
                  <a href={v.key === current ? langPath(lang, "privacy") : versionPath(lang, v.key)}>
                    {words.archive.link(versionName(v, lang, words))}
                  </a>
                  {v.key === current ? ` (${words.archive.current})` : ""}
                </th>
                <td>{v.effectiveDate ? formatDate(v.effectiveDate, lang) : words.archive.notRecorded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const versionPath = (lang: Lang, key: string) => langPath(lang, `privacy/versions/${encodeURIComponent(key)}`);

/** The version's number, or for a statement without one the day this service first published it. */
const versionName = (v: StatementVersion, lang: Lang, words: CenterWords) =>
  v.version ?? words.archive.unnumbered(formatDate(v.recordedAt.slice(0, 10), lang));

/**
 * The privacy statement as it is now (built from the register, the same document the `statement`
 * command renders) and every earlier version from the archive the service keeps in its store.
 */
export function statementRoutes(app: TypedApp, ctx: ServiceContext): void {
  // The register does not change while the service runs: build each language once.
  const current = new Map<Lang, ShownDocument>(LANGUAGES.map((lang) => [lang, buildStatement(ctx.register, lang)]));
  const currentKey = statementKey(ctx.register);
  for (const lang of LANGUAGES) {
    const words = centerWords(lang, ctx.register.statement.address);
    app.get(langPath(lang, "privacy"), async (_request, reply) => {
      const doc = current.get(lang)!;
      return sendPage(
        reply,
        centerPage(ctx, {
          lang,
          title: doc.title,
          section: "statement",
          switchHref: langPath(otherLang(lang), "privacy"),
          children: (
            <>
              <DocumentView doc={doc} />
              <ArchiveLink lang={lang} words={words} />
            </>
          ),
        }),
      );
    });

    app.get(langPath(lang, "privacy/versions"), async (_request, reply) => {
      const versions = await statementVersions(ctx.store);
      return sendPage(
        reply,
        centerPage(ctx, {
          lang,
          title: words.archive.title,
          section: "statement",
          switchHref: langPath(otherLang(lang), "privacy/versions"),
          children: <VersionsPage lang={lang} words={words} versions={versions} current={currentKey} />,
        }),
      );
    });

    app.get(
      `${langPath(lang, "privacy/versions")}/:version`,
      { schema: { params: z.object({ version: z.string().max(100) }) } },
      async (request, reply) => {
        const { version: key } = request.params;
        if (key === currentKey) return reply.redirect(langPath(lang, "privacy"), 302);
        const doc = await archivedStatement(ctx.store, key, lang);
        const entry = (await statementVersions(ctx.store)).find((v) => v.key === key);
        if (!doc || !entry) return reply.callNotFound();
        return sendPage(
          reply,
          centerPage(ctx, {
            lang,
            title: doc.title,
            section: "statement",
            switchHref: versionPath(otherLang(lang), key),
            children: (
              <>
                <Notice>
                  <p>{words.archive.notice(versionName(entry, lang, words))}</p>
                </Notice>
                <DocumentView doc={doc} />
                <ArchiveLink lang={lang} words={words} />
              </>
            ),
          }),
        );
      },
    );
  }
}
