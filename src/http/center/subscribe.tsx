import type { FastifyReply, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { z } from "zod";
import {
  asksParent,
  CONFIRM_PATH,
  confirmSubscription,
  ConsentInputError,
  PARENT_PATH,
  subscribe,
  SubscriptionLinkError,
  subscriptionPurposes,
  UNSUBSCRIBE_PATH,
  unsubscribe,
} from "../../consent/index.js";
import type { ServiceContext } from "../../context/index.js";
import { type Lang, LANGUAGES } from "../../kernel/index.js";
import { localize } from "../../register/index.js";
import { ErrorSummary, type FieldErrors, RadioGroup, TextField } from "../pages/components.js";
import { commonWords, otherLang, requestLang } from "../pages/i18n.js";
import { formPost, OneValue } from "../pages/form-post.js";
import { formValuesOf } from "./form-input.js";
import { centerPage, langPath, sendPage } from "./frame.js";
import { LinkQuery, linkLang } from "./link-lang.js";
import { subscriptionWords } from "./subscription-words.js";
import { parentalConsentAge } from "../../member-states/index.js";
import type { TypedApp } from "../pages/form-post.js";

/** The subscription form; what a field must hold is subscribe()'s to say, in its own words. */
const SubscribeBody = z.looseObject({ purpose: OneValue, email: OneValue, minor: OneValue, parent_email: OneValue });
/** A purpose the form is opened for (a link from a sign-up box); anything else opens it blank. */
const SubscribeQuery = z.looseObject({ purpose: z.string().optional().catch(undefined) });
const TokenParams = z.object({ token: z.string() });
/** What a link's page reads: the language switch, and `lang` for the visitor's own choice. */
const TokenQuery = LinkQuery;
/** RFC 8058's one-click post; a browser's button sends nothing. */
const UnsubscribeBody = z.looseObject({ "List-Unsubscribe": OneValue }).optional().catch(undefined);

/** The text fields of a refused post, to put back in the form. */
const stringsOf = (body: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(formValuesOf(body)).filter((e): e is [string, string] => typeof e[1] === "string"));

function SubscribeForm(props: {
  ctx: ServiceContext;
  lang: Lang;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { ctx, lang, values, errors } = props;
  const words = subscriptionWords(lang, ctx.register.statement.address);
  const age = parentalConsentAge(ctx.register.organization, ctx.register.minors?.minimum_age);
  const purposes = subscriptionPurposes(ctx.register).map((id) => ({
    value: id,
    label: localize(ctx.register.consent!.purposes[id]!.name, lang),
    hint: localize(ctx.register.consent!.purposes[id]!.description, lang),
  }));
  return (
    <>
      <h1>{words.title}</h1>
      <ErrorSummary
        title={commonWords(lang).errorSummary}
        errors={errors}
        order={["purpose", "email", "parent_email"]}
      />
      <p>{words.intro}</p>
      <form method="post" action={langPath(lang, "subscribe")} novalidate>
        <RadioGroup
          name="purpose"
          label={words.purpose}
          choices={purposes}
          value={values.purpose || (purposes.length === 1 ? purposes[0]!.value : "")}
          required
          error={errors.purpose}
        />
        <TextField
          name="email"
          type="email"
          label={words.email}
          hint={words.emailHint}
          autocomplete="email"
          value={values.email}
          required
          maxLength={320}
          error={errors.email}
        />
        {asksParent(ctx.register) ? (
          <fieldset>
            <legend>{words.minor(age)}</legend>
            <div class="choice">
              <input
                type="checkbox"
                id="minor"
                name="minor"
                value="yes"
                checked={values.minor === "yes"}
                aria-describedby="minor-hint"
              />
              <label for="minor">{words.minor(age)}</label>
              <p class="hint" id="minor-hint">
                {words.minorHint(age)}
              </p>
            </div>
            <TextField
              name="parent_email"
              type="email"
              label={words.parentEmail}
              hint={words.parentEmailHint(age)}
              value={values.parent_email}
              maxLength={320}
              error={errors.parent_email}
            />
          </fieldset>
        ) : null}
        <p>
          <button type="submit">{words.submit}</button>
        </p>
      </form>
    </>
  );
}

/** A page with one button: mail scanners follow links, so only the button (a POST) changes anything. */
function OneButton(props: { title: string; text: string; action: string; button: string }) {
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <form method="post" action={props.action}>
        <p>
          <button type="submit">{props.button}</button>
        </p>
      </form>
    </>
  );
}

function Message(props: { title: string; text: string }) {
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.text}</p>
    </>
  );
}

/**
 * Marketing subscriptions in the privacy center: the form (double opt-in), the confirmation links of
 * the subscriber and of a parent, and the unsubscribe link every message carries, including RFC 8058's
 * one-click POST. Links hold a token, never the address; an unknown token gets the "not found" page.
 */
export function subscriptionRoutes(app: TypedApp, ctx: ServiceContext): void {
  const page = (
    reply: FastifyReply,
    lang: Lang,
    title: string,
    switchHref: string,
    children: ComponentChildren,
    status = 200,
  ) => sendPage(reply, centerPage(ctx, { lang, title, switchHref, children }), { status, private: true });

  for (const lang of LANGUAGES) {
    const path = langPath(lang, "subscribe");
    const switchHref = langPath(otherLang(lang), "subscribe");
    const words = subscriptionWords(lang, ctx.register.statement.address);
    app.get(path, { schema: { querystring: SubscribeQuery } }, async (request, reply) => {
      const purpose = request.query.purpose ?? "";
      return page(
        reply,
        lang,
        words.title,
        switchHref,
        <SubscribeForm ctx={ctx} lang={lang} values={{ purpose }} errors={{}} />,
      );
    });
    app.post(path, { schema: { body: SubscribeBody }, attachValidation: true }, async (request, reply) => {
      const post = formPost(request);
      if (!post.ok) {
        const errors = Object.fromEntries(post.fields.map((field) => [field, commonWords(lang).fieldMalformed]));
        const form = <SubscribeForm ctx={ctx} lang={lang} values={stringsOf(request.body)} errors={errors} />;
        return page(reply, lang, words.title, switchHref, form, 400);
      }
      const { purpose = "", email = "", minor = "", parent_email = "" } = post.body;
      const values = { purpose, email, minor, parent_email };
      try {
        await subscribe(ctx, {
          purpose: values.purpose,
          email: values.email,
          lang,
          minor: values.minor === "yes",
          ...(values.parent_email ? { parent_email: values.parent_email } : {}),
        });
      } catch (error) {
        if (!(error instanceof ConsentInputError)) throw error;
        const field = error.field === "purpose" || error.field === "parent_email" ? error.field : "email";
        const errors = { [field]: words.errors[field === "parent_email" ? "parentEmail" : field] };
        const form = <SubscribeForm ctx={ctx} lang={lang} values={values} errors={errors} />;
        return page(reply, lang, words.title, switchHref, form, 400);
      }
      return page(reply, lang, words.sentTitle, switchHref, <Message title={words.sentTitle} text={words.sentText} />);
    });
  }

  /** A page behind a secret link, in ?lang or the visitor's language. */
  const linkPage = (request: FastifyRequest & { params: { token: string }; query: z.infer<typeof TokenQuery> }) => {
    const fallback = requestLang(request.query, request.headers["accept-language"]);
    const lang = linkLang(request.query, fallback);
    const { token } = request.params;
    return {
      lang,
      token,
      words: subscriptionWords(lang, ctx.register.statement.address),
      switchTo: (base: string) => `${base}${token}?lang=${otherLang(lang)}`,
    };
  };
  const notFound = async (reply: FastifyReply, work: () => Promise<FastifyReply>) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SubscriptionLinkError) return reply.callNotFound();
      throw error;
    }
  };

  for (const [base, by] of [
    [CONFIRM_PATH, "subscriber"],
    [PARENT_PATH, "parent"],
  ] as const) {
    app.get(`${base}:token`, { schema: { params: TokenParams, querystring: TokenQuery } }, async (request, reply) => {
      const { lang, token, words, switchTo } = linkPage(request);
      const [title, body, button] =
        by === "parent"
          ? [words.parentTitle, words.parentText, words.parentButton]
          : [words.confirmTitle, words.confirmText, words.confirmButton];
      return page(
        reply,
        lang,
        title,
        switchTo(base),
        <OneButton title={title} text={body} action={`${base}${token}?lang=${lang}`} button={button} />,
      );
    });
    app.post(`${base}:token`, { schema: { params: TokenParams, querystring: TokenQuery } }, (request, reply) =>
      notFound(reply, async () => {
        const { lang, token, words, switchTo } = linkPage(request);
        const state = await confirmSubscription(ctx, token, by);
        const body =
          state === "confirmed" ? words.confirmedText : state === "ended" ? words.endedText : words.awaitingParentText;
        return page(
          reply,
          lang,
          words.confirmedTitle,
          switchTo(base),
          <Message title={words.confirmedTitle} text={body} />,
        );
      }),
    );
  }

  const unsubscribeSchema = { params: TokenParams, querystring: TokenQuery };
  app.get(`${UNSUBSCRIBE_PATH}:token`, { schema: unsubscribeSchema }, async (request, reply) => {
    const { lang, token, words, switchTo } = linkPage(request);
    const form = (
      <OneButton
        title={words.unsubscribeTitle}
        text={words.unsubscribeText}
        action={`${UNSUBSCRIBE_PATH}${token}?lang=${lang}`}
        button={words.unsubscribeButton}
      />
    );
    return page(reply, lang, words.unsubscribeTitle, switchTo(UNSUBSCRIBE_PATH), form);
  });
  app.post(`${UNSUBSCRIBE_PATH}:token`, { schema: { ...unsubscribeSchema, body: UnsubscribeBody } }, (request, reply) =>
    notFound(reply, async () => {
      const { lang, token, words, switchTo } = linkPage(request);
      // RFC 8058: a mail client posts List-Unsubscribe=One-Click, with no cookie and no page to show.
      if (request.body?.["List-Unsubscribe"] === "One-Click") {
        await unsubscribe(ctx, token, "one_click");
        return reply
          .code(200)
          .header("cache-control", "no-store")
          .type("text/plain; charset=utf-8")
          .send("unsubscribed\n");
      }
      await unsubscribe(ctx, token, "unsubscribe");
      return page(
        reply,
        lang,
        words.unsubscribedTitle,
        switchTo(UNSUBSCRIBE_PATH),
        <Message title={words.unsubscribedTitle} text={words.unsubscribedText} />,
      );
    }),
  );
}
