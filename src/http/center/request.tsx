import { z } from "zod";
import type { ServiceContext } from "../../context/index.js";
import { fileRequestIfAdmitted, isOffered, OperationError } from "../../requests/index.js";
import { type Lang, LANGUAGES, type RequestType } from "../../kernel/index.js";
import { requestNoun } from "../../mail/index.js";
import type { FieldErrors } from "../pages/components.js";
import { formPost, type TypedApp } from "../pages/form-post.js";
import { commonWords, otherLang } from "../pages/i18n.js";
import type { FilingLimiter } from "./filing-limit.js";
import { type FormValues, formValuesOf, RequestFormBody, requestFormInput, text } from "./form-input.js";
import { centerPage, langPath, sendPage } from "./frame.js";
import { setPending } from "./pending.js";
import { ChooseTypePage, RequestFormPage } from "./request-form.js";
import { centerWords } from "./words.js";

const Query = z.looseObject({ type: z.string().max(40).optional() });

/**
 * The request form: GET shows the choice of right, or the form for one; POST files the request and
 * sends the browser on to "check your e-mail". That answer is the same for everybody, known to the
 * company or not, so the form cannot be used to find out who is a customer.
 */
export function requestRoutes(app: TypedApp, ctx: ServiceContext, limiter: FilingLimiter): void {
  const secure = ctx.publicUrl.startsWith("https:");

  const formPage = (lang: Lang, type: RequestType, values?: FormValues, errors?: FieldErrors) =>
    centerPage(ctx, {
      lang,
      title: centerWords(lang, ctx.register.statement.address).formTitle(requestNoun(type, lang)),
      section: "request",
      switchHref: `${langPath(otherLang(lang), "request")}?type=${type}`,
      children: <RequestFormPage register={ctx.register} lang={lang} type={type} values={values} errors={errors} />,
    });

  for (const lang of LANGUAGES) {
    const words = centerWords(lang, ctx.register.statement.address);

    app.get(langPath(lang, "request"), { schema: { querystring: Query } }, async (request, reply) => {
      const { type } = request.query;
      if (isOffered(ctx.register, type)) return sendPage(reply, formPage(lang, type));
      return sendPage(
        reply,
        centerPage(ctx, {
          lang,
          title: words.chooseTitle,
          section: "request",
          switchHref: langPath(otherLang(lang), "request"),
          children: <ChooseTypePage register={ctx.register} lang={lang} />,
        }),
      );
    });

    app.post(
      langPath(lang, "request"),
      { schema: { body: RequestFormBody }, attachValidation: true },
      async (request, reply) => {
        const post = formPost(request);
        if (!post.ok) {
          const type = text(formValuesOf(request.body), "type");
          if (!isOffered(ctx.register, type)) return reply.callNotFound();
          const malformed = commonWords(lang).fieldMalformed;
          const errors = Object.fromEntries(post.fields.map((field) => [field, malformed]));
          return sendPage(reply, formPage(lang, type, formValuesOf(request.body), errors), {
            status: 400,
            private: true,
          });
        }
        const body = post.body;
        const type = text(body, "type");
        // Only a tampered form names a right the register does not offer: no form to return to.
        if (!isOffered(ctx.register, type)) return reply.callNotFound();
        const form = requestFormInput(ctx.register, type, body);
        const email = form.input.identities.find((i) => i.type === "email")?.value ?? "";
        try {
          // The limits count in the filing's transaction: a filing refused, invalid or failed on the
          // service's side counts against nothing. An empty or malformed address is refused by the
          // filing with its own message before anything is counted; it mails nothing.
          const filed = await fileRequestIfAdmitted(ctx, form.input, (trx) =>
            limiter.takeIn(trx, email, request.ip, ctx.now()),
          );
          if (!filed)
            return sendPage(reply, formPage(lang, type, form.values, { email: words.errors.tooManyRequests }), {
              status: 429,
              private: true,
            });
          setPending(reply, filed, secure);
          return reply.header("cache-control", "no-store").redirect(langPath(lang, "verify"), 303);
        } catch (error) {
          if (!(error instanceof OperationError)) throw error;
          const problem = form.errorAt(error.field, words);
          if (!problem) throw error;
          return sendPage(reply, formPage(lang, type, form.values, { [problem.field]: problem.message }), {
            status: 400,
            private: true,
          });
        }
      },
    );
  }
}
