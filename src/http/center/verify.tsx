import type { FastifyReply } from "fastify";
import type { ServiceContext } from "../../context/index.js";
import { NotFoundError, resendCode, STATUS_PATH, verifyRequest } from "../../requests/index.js";
import { type Lang, LANGUAGES } from "../../kernel/index.js";
import type { FormOfAddress } from "../../vocabulary/index.js";
import { otherLang } from "../pages/i18n.js";
import { CodeForm, type CodeFormState, refusal, resendOutcome, typedCode } from "./code-form.js";
import { FormBody, text } from "./form-input.js";
import { centerPage, langPath, sendPage } from "./frame.js";
import { clearPending, type PendingRequest, readPending } from "./pending.js";
import { centerWords } from "./words.js";
import type { TypedApp } from "../pages/form-post.js";

function VerifyPage(props: { lang: Lang; form: FormOfAddress; pending: boolean; state?: CodeFormState }) {
  const { lang, form, pending, state } = props;
  const words = centerWords(lang, form);
  return (
    <>
      <h1>{words.verifyTitle}</h1>
      {pending ? (
        <>
          <p>{words.verifySent}</p>
          <CodeForm
            lang={lang}
            form={form}
            action={langPath(lang, "verify")}
            resendAction={langPath(lang, "verify/new-code")}
            state={state}
          />
        </>
      ) : (
        <p>{words.verifyNoSession}</p>
      )}
    </>
  );
}

/**
 * "Check your e-mail": where the browser lands after filing, with the code input. The request it
 * verifies is the one in the pending cookie; without one (another browser, a cleared cookie) the page
 * points to the link in the mail, which leads to the status page and its own code input.
 */
export function verifyRoutes(app: TypedApp, ctx: ServiceContext): void {
  const secure = ctx.publicUrl.startsWith("https:");
  const form = ctx.register.statement.address;
  for (const lang of LANGUAGES) {
    const page = (reply: FastifyReply, pending: boolean, state?: CodeFormState, status = 200) =>
      sendPage(
        reply,
        centerPage(ctx, {
          lang,
          title: centerWords(lang, form).verifyTitle,
          section: "request",
          switchHref: langPath(otherLang(lang), "verify"),
          children: <VerifyPage lang={lang} form={form} pending={pending} state={state} />,
        }),
        { status, private: true },
      );

    /** Runs `work` for the pending request; a cookie that no longer fits a request is dropped. */
    const withPending = async (
      pending: PendingRequest | undefined,
      reply: FastifyReply,
      work: (pending: PendingRequest) => Promise<FastifyReply>,
    ) => {
      if (!pending) return page(reply, false, undefined, 400);
      try {
        return await work(pending);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        clearPending(reply, secure);
        return page(reply, false, undefined, 400);
      }
    };

    app.get(langPath(lang, "verify"), async (request, reply) => page(reply, readPending(request) !== undefined));

    app.post(langPath(lang, "verify"), { schema: { body: FormBody } }, async (request, reply) =>
      withPending(readPending(request), reply, async (pending) => {
        const code = typedCode(text(request.body, "code"));
        if (!code) return page(reply, true, { error: centerWords(lang, form).codeMissing }, 400);
        const result = await verifyRequest(ctx, { ...pending, code });
        if (!result.ok) {
          const state = refusal(centerWords(lang, form), result);
          if (state.locked) clearPending(reply, secure);
          return page(reply, true, state, 400);
        }
        clearPending(reply, secure);
        return reply.header("cache-control", "no-store").redirect(`${STATUS_PATH}${pending.statusToken}`, 303);
      }),
    );

    app.post(langPath(lang, "verify/new-code"), async (request, reply) =>
      withPending(readPending(request), reply, async (pending) => {
        const result = await resendCode(ctx, pending);
        const state = resendOutcome(centerWords(lang, form), result);
        if (state.locked) clearPending(reply, secure);
        return page(reply, true, state, result.sent ? 200 : 429);
      }),
    );
  }
}
