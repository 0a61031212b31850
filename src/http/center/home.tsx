import type { ServiceContext } from "../../context/index.js";
import { formatPeriod, localize } from "../../register/index.js";
import { type Lang, LANGUAGES } from "../../kernel/index.js";
import { addressed, RIGHT_ACTION, wordsIn } from "../../vocabulary/index.js";
import { otherLang, requestLang } from "../pages/i18n.js";
import { centerPage, langPath, sendPage } from "./frame.js";
import { offeredTypes, TYPE_RIGHT } from "../../requests/index.js";
import { PROCESSORS_PAGE } from "./processors.js";
import { PROCESSOR_CENTER_WORDS } from "./processor-words.js";
import { centerWords } from "./words.js";
import type { TypedApp } from "../pages/form-post.js";
import { ProcessorReferral } from "./processor-referral.js";

/** The home page's content; "no ID copy" only where the register records id_copy: never. */
export function HomePage({ ctx, lang }: { ctx: ServiceContext; lang: Lang }) {
  const form = ctx.register.statement.address;
  const words = centerWords(lang, form);
  const { rights, organization } = ctx.register;
  const selfService = rights.self_service ? localize(rights.self_service, lang) : undefined;
  return (
    <>
      <h1>{words.homeTitle(localize(organization.name, lang))}</h1>
      <p>{words.homeIntro}</p>
      <h2>{words.navStatement}</h2>
      <p>{words.homeStatement}</p>
      <p>
        <a href={langPath(lang, "privacy")}>{words.homeStatementLink}</a>
      </p>
      <h2>{words.navRequest}</h2>
      <p>{words.homeRequest}</p>
      <ul>
        {offeredTypes(ctx.register).map((type) => (
          <li key={type}>
            <a href={`${langPath(lang, "request")}?type=${type}`}>
              {wordsIn(RIGHT_ACTION[TYPE_RIGHT[type]], lang, form)}
            </a>
          </li>
        ))}
      </ul>
      <p>
        {words.homeVerification}
        {rights.verification?.id_copy === "never" ? ` ${words.homeNoIdCopy}` : ""}{" "}
        {words.homeResponseTime(formatPeriod(rights.response_time, lang))}
      </p>
      <p>
        <a class="button" href={langPath(lang, "request")}>
          {words.homeRequestLink}
        </a>
      </p>
      {Object.keys(ctx.register.recipients).length > 0 ? (
        <>
          <h2>{addressed(PROCESSOR_CENTER_WORDS[lang].homeTitle, form)}</h2>
          <p>{PROCESSOR_CENTER_WORDS[lang].homeText}</p>
          <p>
            <a href={langPath(lang, PROCESSORS_PAGE)}>{PROCESSOR_CENTER_WORDS[lang].homeLink}</a>
          </p>
        </>
      ) : null}
      <ProcessorReferral ctx={ctx} lang={lang} />
      {selfService ? (
        <>
          <h2>{words.homeSelfService}</h2>
          <p>{selfService}</p>
        </>
      ) : null}
    </>
  );
}

/** The center's front door: what a person can do here. `/` sends the visitor to their language. */
export function homeRoutes(app: TypedApp, ctx: ServiceContext): void {
  app.get("/", async (request, reply) => {
    const lang = requestLang(request.query, request.headers["accept-language"]);
    return reply.header("vary", "Accept-Language").redirect(langPath(lang), 302);
  });
  for (const lang of LANGUAGES) {
    app.get(langPath(lang), async (_request, reply) =>
      sendPage(
        reply,
        centerPage(ctx, {
          lang,
          title: centerWords(lang, ctx.register.statement.address).navHome,
          section: "home",
          switchHref: langPath(otherLang(lang)),
          children: <HomePage ctx={ctx} lang={lang} />,
        }),
      ),
    );
  }
}
