import type { FastifyReply } from "fastify";
import { z } from "zod";
import { toCalendarDate } from "../../deadlines/index.js";
import type { ServiceContext } from "../../context/index.js";
import {
  cancelRequest,
  FINAL,
  NotFoundError,
  requestStatus,
  type RequestStatusView,
  resendCode,
  STATUS_PATH,
  verifyRequest,
} from "../../requests/index.js";
import { referralIntro, referralLine, referralTitle, requestNoun } from "../../mail/index.js";
import { localize } from "../../register/index.js";
import type { Lang } from "../../kernel/index.js";
import { formatDate, HOLD_GROUND, word } from "../../vocabulary/index.js";
import { Notice } from "../pages/components.js";
import { otherLang } from "../pages/i18n.js";
import { CodeForm, type CodeFormState, refusal, resendOutcome, typedCode } from "./code-form.js";
import { FormBody, text } from "./form-input.js";
import { centerPage, sendPage } from "./frame.js";
import { LinkQuery, linkLang } from "./link-lang.js";
import { UnreachedSection } from "./unreached.js";
import { centerWords } from "./words.js";
import type { TypedApp } from "../pages/form-post.js";

const Params = z.object({ token: z.string() });

function StatusPage(props: {
  ctx: ServiceContext;
  lang: Lang;
  token: string;
  view: RequestStatusView;
  code?: CodeFormState;
}) {
  const { ctx, lang, token, view } = props;
  const form = ctx.register.statement.address;
  const words = centerWords(lang, form);
  const base = `${STATUS_PATH}${token}`;
  const day = (iso: string) => formatDate(toCalendarDate(new Date(iso), ctx.calendar.timeZone), lang);
  const open = !FINAL.has(view.status);
  return (
    <>
      <h1>{words.statusTitle(requestNoun(view.type, lang))}</h1>
      {view.awaitingCode || props.code?.locked ? (
        <section aria-labelledby="confirm">
          <h2 id="confirm">{words.verifyTitle}</h2>
          <p>{words.statusVerifyIntro}</p>
          <CodeForm
            lang={lang}
            form={form}
            action={`${base}/verify?lang=${lang}`}
            resendAction={`${base}/new-code?lang=${lang}`}
            state={props.code}
          />
        </section>
      ) : view.codeLocked && open ? (
        <Notice kind="error">
          <p>{words.codeLocked}</p>
        </Notice>
      ) : null}
      <dl class="facts">
        <dt>{words.status}</dt>
        <dd>{words.statuses[view.status]}</dd>
        <dt>{words.received}</dt>
        <dd>{formatDate(view.receivedOn, lang)}</dd>
        {open ? (
          <>
            <dt>{words.due}</dt>
            <dd>
              {view.due === null
                ? words.paused
                : `${formatDate(view.due, lang)} (${words.daysLeft(view.daysLeft ?? 0)})`}
            </dd>
          </>
        ) : null}
      </dl>
      {view.download ? (
        <section aria-labelledby="download">
          <h2 id="download">{words.downloadHeading}</h2>
          {view.download.available ? (
            <>
              {/* A form, not a link: only a person's click spends one of the limited downloads. */}
              <form method="post" action={new URL(view.download.url).pathname}>
                <p>
                  <button type="submit">{words.downloadButton}</button>
                </p>
              </form>
              <p>{words.downloadText(view.download.downloadsLeft, day(view.download.expiresAt))}</p>
            </>
          ) : (
            <p>{words.downloadGone}</p>
          )}
        </section>
      ) : null}
      {view.review ? (
        <section aria-labelledby="review-outcome">
          <h2 id="review-outcome">{words.review.outcomeHeading}</h2>
          <p>{words.review.outcome[view.review.outcome]}</p>
          <p>{words.review.outcomeReasons}</p>
          <blockquote>{view.review.reasons}</blockquote>
        </section>
      ) : null}
      {view.kept.length > 0 ? (
        <section aria-labelledby="kept">
          <h2 id="kept">{words.keptHeading}</h2>
          <p>{words.keptIntro}</p>
          <ul>
            {view.kept.map((k, i) => (
              <li key={i}>
                {words.keptLine(
                  k.what,
                  k.rows,
                  word(HOLD_GROUND, k.ground, lang),
                  k.law,
                  k.until ? formatDate(k.until, lang) : undefined,
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <UnreachedSection lang={lang} form={form} unreached={view.unreached} />
      {view.referrals.length > 0 ? (
        <section aria-labelledby="referral">
          <h2 id="referral">{referralTitle(lang)}</h2>
          <p>{referralIntro(lang, form)}</p>
          <ul>
            {view.referrals.map((r, i) => (
              <li key={i}>{referralLine(lang, localize(ctx.register.organization.name, lang), r)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="history">
        <h2 id="history">{words.history}</h2>
        <ol class="events">
          {view.events
            .filter((e) => words.events[e.kind] !== undefined)
            .map((e, i) => (
              <li key={i}>
                {day(e.at)}: {words.events[e.kind]}
              </li>
            ))}
        </ol>
      </section>
      {view.canCancel ? (
        <form method="post" action={`${base}/cancel?lang=${lang}`}>
          <p>{words.cancelText}</p>
          <p>
            <button type="submit" class="secondary">
              {words.cancelButton}
            </button>
          </p>
        </form>
      ) : null}
      <p>{words.keepLink}</p>
    </>
  );
}

/**
 * The status page behind the secret link in every mail about a request: where it stands, the due
 * date, its history, the code input while it waits for one, and the download once a package is ready.
 * A link that fits no request gets the plain "not found" page, the same as any unknown address.
 */
export function statusRoutes(app: TypedApp, ctx: ServiceContext): void {
  const path = `${STATUS_PATH}:token`;
  type Query = z.infer<typeof LinkQuery>;

  /** ?lang when given, else the language the person chose for the request. */
  const langOf = (query: Query, view: RequestStatusView): Lang => linkLang(query, view.lang);

  const page = (
    query: Query,
    reply: FastifyReply,
    token: string,
    view: RequestStatusView,
    code?: CodeFormState,
    status = 200,
  ) => {
    const lang = langOf(query, view);
    return sendPage(
      reply,
      centerPage(ctx, {
        lang,
        title: centerWords(lang, ctx.register.statement.address).statusTitle(requestNoun(view.type, lang)),
        switchHref: `${STATUS_PATH}${token}?lang=${otherLang(lang)}`,
        children: <StatusPage ctx={ctx} lang={lang} token={token} view={view} code={code} />,
      }),
      { status, private: true },
    );
  };

  /** The view behind the link, or the not-found page for a link that fits no request. */
  const withView = async (
    token: string,
    reply: FastifyReply,
    work: (view: RequestStatusView) => Promise<FastifyReply>,
  ) => {
    let view: RequestStatusView;
    try {
      view = await requestStatus(ctx, token);
    } catch (error) {
      if (error instanceof NotFoundError) return reply.callNotFound();
      throw error;
    }
    return work(view);
  };

  const again = (reply: FastifyReply, query: Query, token: string, view: RequestStatusView) =>
    reply.header("cache-control", "no-store").redirect(`${STATUS_PATH}${token}?lang=${langOf(query, view)}`, 303);

  const schema = { params: Params, querystring: LinkQuery };

  app.get(path, { schema }, ({ params: { token }, query }, reply) =>
    withView(token, reply, async (view) => page(query, reply, token, view)),
  );

  app.post(`${path}/verify`, { schema: { ...schema, body: FormBody } }, ({ params: { token }, query, body }, reply) =>
    withView(token, reply, async (view) => {
      const words = centerWords(langOf(query, view), ctx.register.statement.address);
      const code = typedCode(text(body, "code"));
      if (!code) return page(query, reply, token, view, { error: words.codeMissing }, 400);
      const result = await verifyRequest(ctx, { requestId: view.requestId, statusToken: token, code });
      if (result.ok) return again(reply, query, token, view);
      return page(query, reply, token, await requestStatus(ctx, token), refusal(words, result), 400);
    }),
  );

  app.post(`${path}/new-code`, { schema }, ({ params: { token }, query }, reply) =>
    withView(token, reply, async (view) => {
      // Only a request still waiting for its code gets a new one; anything else just shows the page again.
      if (!view.awaitingCode) return again(reply, query, token, view);
      const result = await resendCode(ctx, { requestId: view.requestId, statusToken: token });
      const state = resendOutcome(centerWords(langOf(query, view), ctx.register.statement.address), result);
      return page(query, reply, token, await requestStatus(ctx, token), state, result.sent ? 200 : 429);
    }),
  );

  app.post(`${path}/cancel`, { schema }, ({ params: { token }, query }, reply) =>
    withView(token, reply, async (view) => {
      if (view.canCancel) await cancelRequest(ctx, { requestId: view.requestId, actor: "requester" });
      return again(reply, query, token, view);
    }),
  );
}
