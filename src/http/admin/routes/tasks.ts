import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../../context/index.js";
import { answerTask, NotFoundError, requestDetail } from "../../../requests/index.js";
import {
  systemName,
  listTasks,
  MAX_TASK_FILE_BYTES,
  MAX_TASK_FILES,
  TASK_STATES,
  TaskError,
} from "../../../tasks/index.js";
import { toCalendarDate } from "../../../deadlines/index.js";
import { boundaryOf, MultipartError, type MultipartBody, parseMultipart } from "../../pages/multipart.js";
import { pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { notFound } from "../not-found.js";
import { requestPage } from "../pages/request.js";
import { tasksPage } from "../pages/tasks.js";
import { ADMIN_PREFIX } from "../session.js";
import { taskConsoleWords } from "../task-words.js";

const StateQuery = z.looseObject({ state: z.enum(TASK_STATES).catch("open").default("open") });
const TaskParams = z.object({ id: z.string() });
const BODY_LIMIT = MAX_TASK_FILES * MAX_TASK_FILE_BYTES + 256 * 1024;
/** The uploaded files beside the form's fields, so the guard still finds `_csrf` where it looks. */
const FILES = "_files";

/** The tasks list, and the officer's answer to a task for an owner who answered another way. */
export function taskRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = guard(ctx, "requests.read");
    const decide = guard(ctx, "requests.decide");

    app.get("/tasks", { preHandler: read, schema: { querystring: StateQuery } }, async (request, reply) => {
      const state = request.query.state;
      const tasks = await listTasks(ctx.store.db, state, toCalendarDate(ctx.now(), ctx.calendar.timeZone));
      return sendHtml(
        reply,
        tasksPage(pageOf(request, ctx), tasks, state, (key) => systemName(ctx.register, key, request.adminLang)),
      );
    });

    app.addContentTypeParser("multipart/form-data", { parseAs: "buffer", bodyLimit: BODY_LIMIT }, (req, body, done) => {
      const boundary = boundaryOf(req.headers["content-type"]);
      if (!boundary) return done(new MultipartError("no multipart boundary"), undefined);
      try {
        const parsed = parseMultipart(body as Buffer, boundary);
        done(null, { ...parsed.fields, [FILES]: parsed.files });
      } catch (error) {
        done(error as Error, undefined);
      }
    });

    app.post(
      "/tasks/:id/answer",
      { preHandler: decide, bodyLimit: BODY_LIMIT, schema: { params: TaskParams } },
      async (request, reply) => {
        const body = (request.body ?? {}) as Record<string, unknown>;
        const text = (key: string) => (typeof body[key] === "string" ? (body[key] as string) : undefined);
        const files = (Array.isArray(body[FILES]) ? body[FILES] : []) as MultipartBody["files"];
        const actor = `user:${request.adminSession!.user.id}` as const;
        let requestId: string;
        try {
          ({ requestId } = await answerTask(
            ctx,
            request.params.id,
            { answer: text("answer") ?? "", note: text("note"), files },
            actor,
          ));
        } catch (error) {
          if (!(error instanceof TaskError)) throw error;
          if (error.kind === "not_found") return notFound(request, reply, ctx);
          const task = await ctx.store.db
            .selectFrom("tasks")
            .select("request_id")
            .where("id", "=", request.params.id)
            .executeTakeFirst();
          const w = taskConsoleWords(request.adminLang);
          try {
            const detail = await requestDetail(ctx, task!.request_id);
            const problem = error.kind === "invalid" ? w.refused : w.conflict;
            return sendHtml(
              reply,
              requestPage(pageOf(request, ctx), { detail, problem }),
              error.kind === "invalid" ? 400 : 409,
            );
          } catch (missing) {
            if (missing instanceof NotFoundError) return notFound(request, reply, ctx);
            throw missing;
          }
        }
        return reply.redirect(`${ADMIN_PREFIX}/requests/${requestId}?done=task#tasks`, 303);
      },
    );
  };
}
