import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  BreachError,
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
import { isLang } from "../../../kernel/index.js";
import type { BreachRisk } from "../../../store/index.js";
import { formPost, OneValue, Values } from "../../pages/form-post.js";
import { BREACH_CONSOLE_WORDS } from "../breach-words.js";
import { malformedFields, pageOf, sendHtml, textFields } from "../context.js";
import { guard } from "../guard.js";
import { notFound } from "../not-found.js";
import { breachPage, type BreachView, CONSOLE_TEXT_FACTS } from "../pages/breach.js";
import { breachDraftPage } from "../pages/breach-draft.js";
import { breachesPage, type BreachesView } from "../pages/breaches.js";
import { ADMIN_PREFIX } from "../session.js";

const Params = z.object({ id: z.string().min(1).max(100) });
const DoneQuery = z.looseObject({ done: z.enum(["recorded", "updated"]).optional().catch(undefined) });
const LangQuery = z.looseObject({ lang: z.string().optional() });
const RecordForm = z.object({ _csrf: OneValue, title: OneValue, awareAt: OneValue });
const UpdateForm = z.object({
  _csrf: OneValue,
  risk: OneValue,
  authorityNotifiedAt: OneValue,
  peopleNotifiedAt: OneValue,
  nature: Values,
  ...Object.fromEntries(CONSOLE_TEXT_FACTS.map((k) => [k, OneValue])),
});

/** The form field a refusal names: `facts.summary` is the field `summary`, `facts.nature.0` is `nature`. */
const formField = (field: string | undefined) => (field ?? "title").replace(/^facts\./, "").replace(/\.\d+$/, "");
const actorOf = (request: FastifyRequest) => `user:${request.adminSession!.user.id}`;
const blankIsNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The breach register in the console: read by those with breaches.read, changed with breaches.manage. */
export function breachRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const read = guard(ctx, "breaches.read");
    const manage = guard(ctx, "breaches.manage");

    async function listPage(request: FastifyRequest, reply: FastifyReply, extra: Partial<BreachesView>, status = 200) {
      const now = ctx.now();
      const breaches = (await listBreaches(ctx)).map((b) => breachStatus(b, now));
      return sendHtml(reply, breachesPage(pageOf(request, ctx), { breaches, ...extra }), status);
    }

    async function detailPage(
      request: FastifyRequest,
      reply: FastifyReply,
      id: string,
      extra: Partial<BreachView>,
      status = 200,
    ) {
      let breach;
      try {
        breach = await getBreach(ctx, id);
      } catch (error) {
        if (error instanceof BreachError) return notFound(request, reply, ctx);
        throw error;
      }
      const view: BreachView = {
        status: breachStatus(breach, ctx.now()),
        missing: breachDraft(breachStatus(breach, ctx.now()), ctx.register, request.adminLang).missing,
        messages: { nl: peopleMessage(breach, ctx.register, "nl"), en: peopleMessage(breach, ctx.register, "en") },
        ...extra,
      };
      return sendHtml(reply, breachPage(pageOf(request, ctx), view), status);
    }

    const done = (request: FastifyRequest, key: "recorded" | "updated" | undefined) =>
      key ? BREACH_CONSOLE_WORDS[request.adminLang][key] : undefined;

    app.get("/breaches", { preHandler: read, schema: { querystring: DoneQuery } }, async (request, reply) => {
      const notice = done(request, request.query.done);
      return listPage(request, reply, notice ? { notice } : {});
    });

    for (const format of ["csv", "json"] as const) {
      app.get(`/breaches/export.${format}`, { preHandler: read }, async (_request, reply) => {
        const all = await listBreaches(ctx);
        return reply
          .header("content-disposition", `attachment; filename="breaches.${format}"`)
          .type(format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
          .send(format === "csv" ? breachesCsv(all, ctx.now()) : breachesJson(all, ctx.now()));
      });
    }

    app.get(
      "/breaches/:id",
      { preHandler: read, schema: { params: Params, querystring: DoneQuery } },
      async (request, reply) => {
        const notice = done(request, request.query.done);
        return detailPage(request, reply, request.params.id, notice ? { notice } : {});
      },
    );

    /** The draft in the language asked for (else the console's), inside the console or as a document. */
    for (const asDocument of [false, true]) {
      app.get(
        asDocument ? "/breaches/:id/draft.html" : "/breaches/:id/draft",
        { preHandler: read, schema: { params: Params, querystring: LangQuery } },
        async (request, reply) => {
          const lang = isLang(request.query.lang) ? request.query.lang : request.adminLang;
          let breach;
          try {
            breach = await getBreach(ctx, request.params.id);
          } catch (error) {
            if (error instanceof BreachError) return notFound(request, reply, ctx);
            throw error;
          }
          const status = breachStatus(breach, ctx.now());
          const draft = breachDraft(status, ctx.register, lang);
          if (!asDocument) return sendHtml(reply, breachDraftPage(pageOf(request, ctx), status, draft, lang));
          return reply
            .header("content-disposition", `attachment; filename="breach-${breach.reference}-${lang}.html"`)
            .type("text/html; charset=utf-8")
            .send(draft.html);
        },
      );
    }

    app.post(
      "/breaches",
      { preHandler: manage, schema: { body: RecordForm }, attachValidation: true },
      async (request, reply) => {
        const post = formPost(request);
        const form = textFields(request.body);
        if (!post.ok) return listPage(request, reply, { form, errors: malformedFields(request, post.fields) }, 400);
        try {
          const breach = await recordBreach(ctx, {
            title: post.body.title ?? "",
            awareAt: (post.body.awareAt ?? "").trim(),
            actor: actorOf(request),
          });
          return reply.redirect(`${ADMIN_PREFIX}/breaches/${breach.id}?done=recorded`, 303);
        } catch (error) {
          if (!(error instanceof BreachError)) throw error;
          return listPage(request, reply, { form, errors: { [formField(error.field)]: error.message } }, 400);
        }
      },
    );

    app.post(
      "/breaches/:id",
      { preHandler: manage, schema: { params: Params, body: UpdateForm }, attachValidation: true },
      async (request, reply) => {
        const { id } = request.params;
        const post = formPost(request);
        const form = request.body as Record<string, string | string[]>;
        if (!post.ok)
          return detailPage(request, reply, id, { form, errors: malformedFields(request, post.fields) }, 400);
        const body = post.body as Record<string, string | string[] | undefined>;
        const text = (key: string) => blankIsNull(typeof body[key] === "string" ? body[key] : undefined);
        const nature = body.nature === undefined ? [] : Array.isArray(body.nature) ? body.nature : [body.nature];
        try {
          await updateBreach(ctx, id, {
            risk: text("risk") as BreachRisk | null,
            authorityNotifiedAt: text("authorityNotifiedAt"),
            peopleNotifiedAt: text("peopleNotifiedAt"),
            facts: {
              nature: nature.length > 0 ? nature : null,
              ...Object.fromEntries(CONSOLE_TEXT_FACTS.map((k) => [k, text(k)])),
            },
            actor: actorOf(request),
          });
        } catch (error) {
          if (!(error instanceof BreachError)) throw error;
          if (error.kind === "not-found") return notFound(request, reply, ctx);
          return detailPage(request, reply, id, { form, errors: { [formField(error.field)]: error.message } }, 400);
        }
        return reply.redirect(`${ADMIN_PREFIX}/breaches/${id}?done=updated`, 303);
      },
    );
  };
}
