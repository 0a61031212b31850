import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  type Breach,
  breachDraft,
  breachesCsv,
  breachesJson,
  breachStatus,
  getBreach,
  listBreaches,
  peopleMessage,
  recordBreach,
  updateBreach,
} from "../../../breaches/index.js";
import type { ServiceContext } from "../../../context/index.js";
import { apiActor, requireScope } from "../bearer.js";
import { ERROR_RESPONSES } from "../errors.js";
import {
  BreachId,
  BreachList,
  BreachView,
  DraftView,
  ExportQuery,
  LangQuery,
  MessageView,
  RecordBreachBody,
  UpdateBreachBody,
} from "./breaches-schemas.js";

const SECURITY = [{ bearer: [] }];
const TAGS = ["breaches"];

/** The breach register over the API: the operations decide; these routes parse and answer. */
export function breachApi(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = requireScope(ctx, "breaches:read");
    const write = requireScope(ctx, "breaches:write");
    const schema = (operationId: string, summary: string) => ({ operationId, summary, tags: TAGS, security: SECURITY });
    const view = (b: Breach) => {
      const { obligations, clock } = breachStatus(b, ctx.now());
      return { ...b, facts: b.facts as Record<string, unknown>, obligations, clock };
    };

    app.post(
      "/breaches",
      {
        onRequest: write,
        schema: {
          ...schema("recordBreach", "Record a breach; the 72-hour clock runs from awareAt"),
          body: RecordBreachBody,
          response: { 201: BreachView, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        reply.code(201).send(view(await recordBreach(ctx, { ...request.body, actor: apiActor(request) }))),
    );

    app.get(
      "/breaches",
      {
        onRequest: read,
        schema: {
          ...schema("listBreaches", "Every breach, notified or not, newest first"),
          response: { 200: BreachList, ...ERROR_RESPONSES },
        },
      },
      async () => ({ breaches: (await listBreaches(ctx)).map(view) }),
    );

    app.get(
      "/breaches/export",
      {
        onRequest: read,
        schema: {
          ...schema("exportBreaches", "The register of all breaches (Art. 33(5)) as CSV or JSON"),
          querystring: ExportQuery,
        },
      },
      async (request, reply) => {
        const all = await listBreaches(ctx);
        const csv = request.query.format === "csv";
        return reply
          .type(csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
          .header("content-disposition", `attachment; filename="breaches.${request.query.format}"`)
          .send(csv ? breachesCsv(all, ctx.now()) : breachesJson(all, ctx.now()));
      },
    );

    app.get(
      "/breaches/:id",
      {
        onRequest: read,
        schema: {
          ...schema("getBreach", "One breach with what its risk obliges and its clock"),
          params: BreachId,
          response: { 200: BreachView, ...ERROR_RESPONSES },
        },
      },
      async (request) => view(await getBreach(ctx, request.params.id)),
    );

    app.patch(
      "/breaches/:id",
      {
        onRequest: write,
        schema: {
          ...schema("updateBreach", "Change what is recorded of a breach"),
          params: BreachId,
          body: UpdateBreachBody,
          response: { 200: BreachView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const { id } = await getBreach(ctx, request.params.id);
        return view(await updateBreach(ctx, id, { ...request.body, actor: apiActor(request) }));
      },
    );

    app.get(
      "/breaches/:id/draft",
      {
        onRequest: read,
        schema: {
          ...schema("breachDraft", "The notification to the authority, along its form, from recorded facts only"),
          params: BreachId,
          querystring: LangQuery,
          response: { 200: DraftView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const b = await getBreach(ctx, request.params.id);
        const { ready, missing, html } = breachDraft(breachStatus(b, ctx.now()), ctx.register, request.query.lang);
        return { ready, missing, html };
      },
    );

    app.get(
      "/breaches/:id/message",
      {
        onRequest: read,
        schema: {
          ...schema("breachMessage", "The message to the people concerned (Art. 34(2))"),
          params: BreachId,
          querystring: LangQuery,
          response: { 200: MessageView, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        const { subject, missing, text, html } = peopleMessage(
          await getBreach(ctx, request.params.id),
          ctx.register,
          request.query.lang,
        );
        return { subject, missing, text, html };
      },
    );
  };
}
