import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { ServiceContext } from "../../context/index.js";
import type { Lang } from "../../kernel/index.js";
import { localize } from "../../register/index.js";
import {
  ACKNOWLEDGE_PATH,
  acknowledgeNotice,
  NotFoundError,
  noticeByToken,
  type NoticeView,
} from "../../requests/index.js";
import { formatDate } from "../../vocabulary/index.js";
import { Notice } from "../pages/components.js";
import { otherLang, requestLang } from "../pages/i18n.js";
import { centerPage, sendPage } from "./frame.js";
import { LinkQuery } from "./link-lang.js";
import { PROCESSOR_CENTER_WORDS } from "./processor-words.js";
import type { TypedApp } from "../pages/form-post.js";

const Params = z.object({ token: z.string().max(200) });

function AcknowledgePage(props: {
  ctx: ServiceContext;
  lang: Lang;
  token: string;
  view: NoticeView;
  done?: "now" | "before";
}) {
  const { ctx, lang, view } = props;
  const words = PROCESSOR_CENTER_WORDS[lang];
  const sentOn = formatDate(view.sentAt.slice(0, 10), lang);
  return (
    <>
      <h1>{words.ackTitle}</h1>
      {props.done === "now" ? (
        <Notice kind="success">
          <p>{words.ackDone}</p>
        </Notice>
      ) : null}
      {view.acknowledgedAt && props.done !== "now" ? (
        <Notice>
          <p>{words.ackAlready(formatDate(view.acknowledgedAt.slice(0, 10), lang))}</p>
        </Notice>
      ) : null}
      <p>
        {words.ackIntro(localize(ctx.register.organization.name, lang), view.recipientName, view.reference, sentOn)}
      </p>
      {view.acknowledgedAt ? null : (
        // A form, not the link itself: a mail scanner that opens links must not acknowledge for the recipient.
        <form method="post" action={`${ACKNOWLEDGE_PATH}${props.token}?lang=${lang}`}>
          <p>
            <button type="submit">{words.ackButton}</button>
          </p>
        </form>
      )}
    </>
  );
}

/**
 * The Art. 19 acknowledgement link (src/requests/notices.ts): GET shows the notice and a button, POST
 * records the acknowledgement. A webhook recipient POSTs to the same URL. A forged or unknown link is
 * a 404; one used before shows that it was acknowledged and changes nothing.
 */
export function acknowledgeRoutes(app: TypedApp, ctx: ServiceContext): void {
  const path = `${ACKNOWLEDGE_PATH}:token`;
  const schema = { params: Params, querystring: LinkQuery };

  const show = (
    reply: FastifyReply,
    lang: Lang,
    token: string,
    view: NoticeView,
    done?: "now" | "before",
  ): FastifyReply =>
    sendPage(
      reply,
      centerPage(ctx, {
        lang,
        title: PROCESSOR_CENTER_WORDS[lang].ackTitle,
        switchHref: `${ACKNOWLEDGE_PATH}${token}?lang=${otherLang(lang)}`,
        children: <AcknowledgePage ctx={ctx} lang={lang} token={token} view={view} {...(done ? { done } : {})} />,
      }),
      { private: true },
    );

  const notFound = (reply: FastifyReply, lang: Lang) =>
    sendPage(
      reply,
      centerPage(ctx, {
        lang,
        title: PROCESSOR_CENTER_WORDS[lang].ackTitle,
        switchHref: `/${otherLang(lang)}/`,
        children: (
          <>
            <h1>{PROCESSOR_CENTER_WORDS[lang].ackTitle}</h1>
            <p>{PROCESSOR_CENTER_WORDS[lang].ackNotFound}</p>
          </>
        ),
      }),
      { status: 404, private: true },
    );

  app.get(path, { schema }, async (request, reply) => {
    const lang = requestLang(request.query, request.headers["accept-language"]);
    try {
      return show(reply, lang, request.params.token, await noticeByToken(ctx, request.params.token, lang));
    } catch (error) {
      if (error instanceof NotFoundError) return notFound(reply, lang);
      throw error;
    }
  });

  app.post(path, { schema }, async (request, reply) => {
    const lang = requestLang(request.query, request.headers["accept-language"]);
    try {
      const view = await acknowledgeNotice(ctx, request.params.token, lang);
      return show(reply, lang, request.params.token, view, view.already ? "before" : "now");
    } catch (error) {
      if (error instanceof NotFoundError) return notFound(reply, lang);
      throw error;
    }
  });
}
