import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  approveRequest,
  cancelRequest,
  denyRequest,
  extendRequest,
  decodeCursor,
  pageRequests,
  NotFoundError,
  OperationError,
  pauseClock,
  recordAcknowledgement,
  recordRecipientInformed,
  requestDetail,
  resumeClock,
  recordReview,
  retryRequest,
  takeReview,
} from "../../../requests/index.js";
import type { Permission } from "../../../auth/index.js";
import type { Actor, ServiceContext } from "../../../context/index.js";
import { STATUSES } from "../../../kernel/index.js";
import { formPost, OneValue } from "../../pages/form-post.js";
import { malformedFields, pageOf, sendHtml, textFields } from "../context.js";
import { guard } from "../guard.js";
import { notFound } from "../not-found.js";
import { queuePage } from "../pages/queue.js";
import type { OfficerAction } from "../pages/request-actions.js";
import { requestPage } from "../pages/request.js";
import { refusalText } from "../refusals.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";

const FILTERS = ["open", "all", ...STATUSES] as const;
type Filter = (typeof FILTERS)[number];

/** The fields of every officer action's form (pages/request-actions.tsx); each action reads its own. */
const ActionForm = z.object({
  _csrf: OneValue,
  "informed-recipient": OneValue,
  "informed-note": OneValue,
  "acknowledged-recipient": OneValue,
  "acknowledged-note": OneValue,
  "deny-reason": OneValue,
  "extend-months": OneValue,
  "extend-reason": OneValue,
  "pause-reason": OneValue,
  "cancel-reason": OneValue,
  "review-outcome": OneValue,
  "review-reasons.nl": OneValue,
  "review-reasons.en": OneValue,
  "review-view_considered": OneValue,
});
type Body = z.infer<typeof ActionForm>;

const RequestParams = z.object({ id: z.string() });
/** `?done=<action>` after a change: the page says it was done. Anything else is no notice. */
const DoneQuery = z.looseObject({ done: z.string().optional().catch(undefined) });
/** The queue's filter; an unknown one shows the open requests, as a bare /requests does. */
const QueueQuery = z.looseObject({
  status: z.enum(FILTERS).catch("open"),
  /** The queue's cursor to the next page; checked by decodeCursor. */
  after: z.string().optional().catch(undefined),
});

/** Each officer action: the operation it calls with the form's fields. Routes add nothing of their own. */
const ACTIONS: Record<
  OfficerAction,
  (ctx: ServiceContext, requestId: string, actor: Actor, body: Body) => Promise<unknown>
> = {
  approve: (ctx, requestId, actor) => approveRequest(ctx, { requestId, actor }),
  retry: (ctx, requestId, actor) => retryRequest(ctx, { requestId, actor }),
  informed: (ctx, requestId, actor, body) =>
    recordRecipientInformed(ctx, {
      requestId,
      actor,
      recipient: body["informed-recipient"] ?? "",
      note: body["informed-note"] ?? "",
    }),
  acknowledged: (ctx, requestId, actor, body) =>
    recordAcknowledgement(ctx, {
      requestId,
      actor,
      recipient: body["acknowledged-recipient"] ?? "",
      note: body["acknowledged-note"] ?? "",
    }),
  deny: (ctx, requestId, actor, body) => denyRequest(ctx, { requestId, actor, reason: body["deny-reason"] ?? "" }),
  extend: (ctx, requestId, actor, body) =>
    extendRequest(ctx, {
      requestId,
      actor,
      months: Number(body["extend-months"] ?? ""),
      reason: body["extend-reason"] ?? "",
    }),
  pause: (ctx, requestId, actor, body) => pauseClock(ctx, { requestId, actor, reason: body["pause-reason"] ?? "" }),
  resume: (ctx, requestId, actor) => resumeClock(ctx, { requestId, actor }),
  cancel: (ctx, requestId, actor, body) =>
    cancelRequest(ctx, { requestId, actor, reason: body["cancel-reason"] ?? "" }),
  take: (ctx, requestId, actor) => takeReview(ctx, { requestId, actor }),
  review: (ctx, requestId, actor, body) =>
    recordReview(ctx, {
      requestId,
      actor,
      outcome: body["review-outcome"],
      reasons: { nl: body["review-reasons.nl"], en: body["review-reasons.en"] },
      viewConsidered: body["review-view_considered"] === "yes",
    }),
};

/** A reviewer's actions need the review permission; every other action the officer's. */
const PERMISSION: Record<OfficerAction, Permission> = {
  approve: "requests.decide",
  retry: "requests.decide",
  informed: "requests.decide",
  acknowledged: "requests.decide",
  deny: "requests.decide",
  extend: "requests.decide",
  pause: "requests.decide",
  resume: "requests.decide",
  cancel: "requests.decide",
  take: "requests.review",
  review: "requests.review",
};

/** The form field a refused input belongs to: the action's prefix and the operation's field name. */
function fieldOf(action: OfficerAction, field: string): string {
  return `${action}-${field}`;
}

/** The queue, one request, and the privacy officer's actions on it. */
export function requestRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = guard(ctx, "requests.read");

    app.get("/requests", { preHandler: read, schema: { querystring: QueueQuery } }, async (request, reply) => {
      const filter: Filter = request.query.status;
      // A cursor that is not one the queue made starts at the first page, as an unknown filter shows the open ones.
      const after = decodeCursor(request.query.after);
      const page = await pageRequests(ctx, { status: filter, after });
      return sendHtml(reply, queuePage(pageOf(request, ctx), page.requests, filter, page.next));
    });

    async function showRequest(
      request: FastifyRequest,
      reply: FastifyReply,
      id: string,
      extra: {
        status?: number;
        notice?: string;
        problem?: string;
        errors?: Record<string, string>;
        form?: Record<string, string | undefined>;
      } = {},
    ): Promise<FastifyReply> {
      let detail;
      try {
        detail = await requestDetail(ctx, id);
      } catch (error) {
        if (error instanceof NotFoundError) return notFound(request, reply, ctx);
        throw error;
      }
      const form = Object.fromEntries(
        Object.entries(extra.form ?? {}).filter((e): e is [string, string] => typeof e[1] === "string"),
      );
      const page = requestPage(pageOf(request, ctx), { detail, ...extra, form });
      return sendHtml(reply, page, extra.status ?? 200);
    }

    const detailSchema = { params: RequestParams, querystring: DoneQuery };
    app.get("/requests/:id", { preHandler: read, schema: detailSchema }, async (request, reply) => {
      const notice = request.query.done !== undefined ? adminWords(request.adminLang).done : undefined;
      return showRequest(request, reply, request.params.id, { notice });
    });

    for (const action of Object.keys(ACTIONS) as OfficerAction[]) {
      app.post(
        `/requests/:id/${action}`,
        {
          preHandler: guard(ctx, PERMISSION[action]),
          schema: { params: RequestParams, body: ActionForm },
          attachValidation: true,
        },
        async (request, reply) => {
          const id = request.params.id;
          const post = formPost(request);
          if (!post.ok) {
            const errors = malformedFields(request, post.fields);
            return showRequest(request, reply, id, { status: 400, errors, form: textFields(request.body) });
          }
          const body = post.body;
          const actor: Actor = `user:${request.adminSession!.user.id}`;
          const words = adminWords(request.adminLang);
          try {
            await ACTIONS[action](ctx, id, actor, body);
          } catch (error) {
            if (error instanceof NotFoundError) return notFound(request, reply, ctx);
            if (error instanceof OperationError && error.field) {
              const generic = error.field === "months" ? words.invalidMonths : words.invalidReason;
              const message = error.code ? refusalText(error, action, request.adminLang) : generic;
              return showRequest(request, reply, id, {
                status: 400,
                errors: { [fieldOf(action, error.field)]: message ?? generic },
                form: body,
              });
            }
            const problem = refusalText(error, action, request.adminLang);
            if (problem === undefined) throw error;
            return showRequest(request, reply, id, { status: 409, problem, form: body });
          }
          return reply.redirect(`${ADMIN_PREFIX}/requests/${id}?done=${action}`, 303);
        },
      );
    }
  };
}
