import type { FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../context/index.js";
import type { Lang } from "../../kernel/index.js";
import { answerTaskByLink, taskByLink, type TaskLinkView } from "../../requests/index.js";
import { MAX_TASK_FILE_BYTES, MAX_TASK_FILES, TASK_PATH, TaskError } from "../../tasks/index.js";
import { ErrorSummary, type FieldErrors, Notice, RadioGroup, SubmitButton, TextArea } from "../pages/components.js";
import type { TypedApp } from "../pages/form-post.js";
import { otherLang } from "../pages/i18n.js";
import { centerPage, sendPage } from "./frame.js";
import { LinkQuery, linkLang } from "./link-lang.js";
import { boundaryOf, MultipartError, parseMultipart } from "../pages/multipart.js";
import { taskWords } from "./task-words.js";

const Params = z.object({ token: z.string().max(300) });

/** Room for every file at its largest, and the form's fields around them. */
const BODY_LIMIT = MAX_TASK_FILES * MAX_TASK_FILE_BYTES + 256 * 1024;

function page(
  ctx: ServiceContext,
  reply: FastifyReply,
  token: string,
  lang: Lang,
  view: TaskLinkView,
  body: object,
  status = 200,
) {
  const w = taskWords(lang);
  return sendPage(
    reply,
    centerPage(ctx, {
      lang,
      title: w.heading(view.systemName),
      switchHref: `${TASK_PATH}${token}?lang=${otherLang(lang)}`,
      children: (
        <>
          <h1>{w.heading(view.systemName)}</h1>
          <p>{w.about(view.type, view.dueOn)}</p>
          <p>
            {w.reference}: <code>{view.reference}</code>
          </p>
          {view.tenant !== undefined ? (
            <p>
              <strong>{w.tenant(view.tenant)}</strong>
            </p>
          ) : null}
          {body}
        </>
      ),
    }),
    { private: true, status },
  );
}

function AnswerForm(props: {
  token: string;
  lang: Lang;
  view: TaskLinkView;
  errors: FieldErrors;
  values: Record<string, string>;
}) {
  const w = taskWords(props.lang);
  return (
    <>
      <ErrorSummary title={w.errorTitle} errors={props.errors} order={["answer", "files", "note"]} />
      {props.view.instructions[props.lang] ? (
        <>
          <h2>{w.whatToDo}</h2>
          <blockquote>{props.view.instructions[props.lang]}</blockquote>
        </>
      ) : null}
      <p class="hint">{w.identities}</p>
      <form method="post" action={`${TASK_PATH}${props.token}?lang=${props.lang}`} enctype="multipart/form-data">
        <RadioGroup
          name="answer"
          label={w.answer}
          required
          value={props.values.answer}
          error={props.errors.answer}
          choices={[
            { value: "done", label: w.done },
            { value: "nothing_found", label: w.nothingFound },
            { value: "files", label: w.files },
          ]}
        />
        <div class="field">
          <label for="files">{w.filesLabel}</label>
          <p class="hint" id="files-hint">
            {w.filesHint}
          </p>
          {props.errors.files ? (
            <p class="field-error" id="files-error">
              {props.errors.files}
            </p>
          ) : null}
          <input
            type="file"
            id="files"
            name="files"
            multiple
            aria-invalid={props.errors.files ? "true" : undefined}
            aria-describedby={props.errors.files ? "files-error files-hint" : "files-hint"}
          />
        </div>
        <TextArea name="note" label={w.note} maxLength={4000} value={props.values.note} error={props.errors.note} />
        <SubmitButton>{w.submit}</SubmitButton>
      </form>
    </>
  );
}

/**
 * The page behind the answer link in a task mail: no login, the signed token is the key. A forged or
 * unknown link is "not found"; an expired one says so, and where the new link is. The page never shows
 * the person's identities: they are in the mail the owner already has.
 */
export function taskRoutes(app: TypedApp, ctx: ServiceContext): void {
  const path = `${TASK_PATH}:token`;

  const refused = async (reply: FastifyReply, error: unknown, lang: Lang): Promise<FastifyReply | void> => {
    if (!(error instanceof TaskError) || error.kind === "invalid") throw error;
    if (error.kind === "not_found") return reply.callNotFound();
    const w = taskWords(lang);
    return sendPage(
      reply,
      centerPage(ctx, {
        lang,
        title: w.expired,
        switchHref: `?lang=${otherLang(lang)}`,
        children: (
          <Notice kind="error">
            <p>{error.kind === "expired" ? w.expired : error.kind === "closed" ? w.closed : w.answered}</p>
          </Notice>
        ),
      }),
      { private: true, status: error.kind === "expired" ? 410 : 409 },
    );
  };

  app.get(path, { schema: { params: Params, querystring: LinkQuery } }, async (request, reply) => {
    const { token } = request.params;
    let view: TaskLinkView;
    try {
      view = await taskByLink(ctx, token);
    } catch (error) {
      return refused(reply, error, linkLang(request.query, "nl"));
    }
    const lang = linkLang(request.query, view.lang);
    const w = taskWords(lang);
    const body = view.answerable ? (
      <AnswerForm token={token} lang={lang} view={view} errors={{}} values={{}} />
    ) : (
      <Notice>
        <p>{view.state === "answered" ? w.answered : w.closed}</p>
      </Notice>
    );
    return page(ctx, reply, token, lang, view, body);
  });

  app.register(async (plain) => {
    const scoped = plain.withTypeProvider<ZodTypeProvider>();
    // Only this route reads file uploads: every other form in the service is url-encoded and small.
    scoped.addContentTypeParser(
      "multipart/form-data",
      { parseAs: "buffer", bodyLimit: BODY_LIMIT },
      (req, body, done) => {
        const boundary = boundaryOf(req.headers["content-type"]);
        if (!boundary) return done(new MultipartError("no multipart boundary"), undefined);
        try {
          done(null, parseMultipart(body as Buffer, boundary));
        } catch (error) {
          done(error as Error, undefined);
        }
      },
    );
    scoped.post(
      path,
      { bodyLimit: BODY_LIMIT, schema: { params: Params, querystring: LinkQuery } },
      async (request, reply) => {
        const { token } = request.params;
        const parsed = request.body as
          | { fields: Record<string, string>; files: { name: string; mediaType: string; content: Buffer }[] }
          | Record<string, string>;
        const fields =
          "fields" in parsed && typeof parsed.fields === "object" ? parsed.fields : (parsed as Record<string, string>);
        const files = "files" in parsed && Array.isArray(parsed.files) ? parsed.files : [];
        let view: TaskLinkView;
        try {
          view = await taskByLink(ctx, token);
        } catch (error) {
          return refused(reply, error, linkLang(request.query, "nl"));
        }
        const lang = linkLang(request.query, view.lang);
        const w = taskWords(lang);
        try {
          await answerTaskByLink(ctx, token, { answer: fields.answer ?? "", note: fields.note, files });
        } catch (error) {
          if (error instanceof TaskError && error.kind === "invalid") {
            const field = (error.field ?? "answer").replace(/\[\d+\]$/, "") as keyof typeof w.errors;
            const errors = { [field]: w.errors[field] ?? w.errors.answer };
            const values = { answer: fields.answer ?? "", note: fields.note ?? "" };
            return page(
              ctx,
              reply,
              token,
              lang,
              view,
              <AnswerForm token={token} lang={lang} view={view} errors={errors} values={values} />,
              400,
            );
          }
          return refused(reply, error, lang);
        }
        return page(
          ctx,
          reply,
          token,
          lang,
          view,
          <Notice kind="success" title={w.thanks}>
            <p>{w.thanksText}</p>
          </Notice>,
        );
      },
    );
  });
}
