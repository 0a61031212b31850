import type { FastifyError, FastifyPluginAsync, FastifyReply } from "fastify";
import type { ServiceContext } from "../../context/index.js";
import { answerTaskByWebhook, SIGNATURE_HEADER } from "../../requests/index.js";
import { TASK_HOOK_PATH, TaskError } from "../../tasks/index.js";
import { apiError } from "../api/errors.js";

/** An answer with a few thousand records fits; the store is not a place to fill. */
const ANSWER_LIMIT = 5 * 1024 * 1024;

const STATUS: Record<TaskError["kind"], number> = {
  invalid: 400,
  unsigned: 401,
  not_found: 404,
  expired: 410,
  answered: 409,
  closed: 409,
};

function sendError(reply: FastifyReply, status: number, code: string, message: string, field?: string) {
  return reply
    .code(status)
    .header("cache-control", "no-store")
    .send(apiError(code, message, field));
}

/**
 * The callback webhook systems answer their tasks at: POST /hooks/tasks/<token>, signed. The body is
 * read as text, so the signature is checked over the very bytes that were sent; the operation parses
 * it. Answers are JSON in the API's error shape.
 */
export const hooksPlugin: FastifyPluginAsync<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string", bodyLimit: ANSWER_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof TaskError) return sendError(reply, STATUS[error.kind], error.kind, error.message, error.field);
    if (error.statusCode && error.statusCode < 500)
      return sendError(reply, error.statusCode, "invalid_request", "the request could not be read");
    request.log.error({ route: request.routeOptions.url ?? "(no route)", error: error.name }, "answer not recorded");
    return sendError(reply, 500, "internal", "the answer was not recorded; try again");
  });
  app.post<{ Params: { token: string } }>(`${TASK_HOOK_PATH}:token`, async (request, reply) => {
    const signature = request.headers[SIGNATURE_HEADER.toLowerCase()];
    const body = typeof request.body === "string" ? request.body : "";
    const answered = await answerTaskByWebhook(
      ctx,
      request.params.token,
      body,
      typeof signature === "string" ? signature : undefined,
    );
    return reply.header("cache-control", "no-store").send({ open_tasks: answered.openLeft });
  });
};
