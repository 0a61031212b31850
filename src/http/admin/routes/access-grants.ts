import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AccessGrantError,
  approveGrant,
  closeEngagement,
  getGrant,
  grantUses,
  issueGrantToken,
  listEngagements,
  listGrants,
  openEngagement,
  requestGrant,
  revokeGrant,
  STAFF,
  supportPolicy,
} from "../../../access-grants/index.js";
import { findUser } from "../../../auth/index.js";
import type { ServiceContext } from "../../../context/index.js";
import { localize } from "../../../register/index.js";
import { formPost, OneValue } from "../../pages/form-post.js";
import { accessWords } from "../access-words.js";
import { malformedFields, pageOf, sendHtml, textFields } from "../context.js";
import { guard } from "../guard.js";
import { notFound } from "../not-found.js";
import {
  accessGrantPage,
  accessGrantsPage,
  type GrantForm,
  type GrantsView,
  partyName,
} from "../pages/access-grants.js";
import { ADMIN_PREFIX } from "../session.js";

const GrantParams = z.object({ id: z.string().min(1).max(100) });
const DoneQuery = z.looseObject({ done: z.string().optional().catch(undefined) });
const RequestForm = z.object({
  _csrf: OneValue,
  tenant: OneValue,
  party: OneValue,
  reason: OneValue,
  referenceKind: OneValue,
  reference: OneValue,
  minutes: OneValue,
});
const RevokeForm = z.object({ _csrf: OneValue, "revoke-reason": OneValue });
const EngagementForm = z.object({ _csrf: OneValue, kind: OneValue, engagementRef: OneValue, title: OneValue });
/** The operations' engagement fields as the form calls them. */
const ENGAGEMENT_FIELD: Record<string, string> = { reference: "engagementRef" };
const kindOf = (kind: string | undefined) => (kind === "incident" ? "incident" : "project");

/** The operations' field names as the form calls them. */
const FORM_FIELD: Record<string, string> = {
  "reference.id": "reference",
  "reference.kind": "referenceKind",
  durationMinutes: "minutes",
};

/** The names of the console users among `actors`, for the people reading the page; the store keeps ids. */
async function userNames(ctx: ServiceContext, actors: (string | null)[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const actor of new Set(actors)) {
    if (!actor?.startsWith("user:")) continue;
    const user = await findUser(ctx.store, actor.slice("user:".length));
    if (user) names[actor] = user.name;
  }
  return names;
}

const actorOf = (request: FastifyRequest) => `user:${request.adminSession!.user.id}`;

/** Support access grants in the console: everyone with access.read sees them, the rest as the role allows. */
export function accessGrantRoutes(ctx: ServiceContext): FastifyPluginAsyncZod {
  return async (app) => {
    const parties = (request: FastifyRequest): GrantsView["parties"] => {
      const words = accessWords(request.adminLang);
      const external = ctx.register.support_access?.external_parties ?? {};
      return [
        { id: STAFF, label: words.staff },
        ...Object.entries(external).map(([id, p]) => ({ id, label: localize(p.label, request.adminLang) })),
      ];
    };
    const maxMinutes = () => (ctx.register.support_access ? supportPolicy(ctx.register).maxMinutes : 0);

    async function listPage(request: FastifyRequest, reply: FastifyReply, extra: Partial<GrantsView>, status = 200) {
      const view = {
        grants: await listGrants(ctx),
        engagements: await listEngagements(ctx),
        parties: parties(request),
        maxMinutes: maxMinutes(),
        ...extra,
      };
      return sendHtml(reply, accessGrantsPage(pageOf(request, ctx), view), status);
    }

    async function detailPage(
      request: FastifyRequest,
      reply: FastifyReply,
      id: string,
      extra: { notice?: string; error?: string; token?: { value: string; expiresAt: string } } = {},
      status = 200,
    ) {
      let grant;
      try {
        grant = await getGrant(ctx, id);
      } catch (error) {
        if (error instanceof AccessGrantError && error.kind === "not-found") return notFound(request, reply, ctx);
        throw error;
      }
      const view = {
        grant,
        uses: await grantUses(ctx, id),
        partyLabel: partyName(grant, parties(request)),
        names: await userNames(ctx, [grant.requestedBy, grant.approvedBy, grant.revokedBy]),
        ...extra,
      };
      return sendHtml(reply, accessGrantPage(pageOf(request, ctx), view), status);
    }

    /** A refused decision: the grant's page again with why, in the visitor's language where we have it. */
    async function refused(request: FastifyRequest, reply: FastifyReply, id: string, error: unknown) {
      if (!(error instanceof AccessGrantError)) throw error;
      if (error.kind === "not-found") return notFound(request, reply, ctx);
      const words = accessWords(request.adminLang);
      const message = error.kind === "not-configured" ? words.notConfigured : error.message;
      return detailPage(request, reply, id, { error: message }, error.kind === "invalid" ? 400 : 409);
    }

    const read = guard(ctx, "access.read");
    app.get("/access-grants", { preHandler: read, schema: { querystring: DoneQuery } }, async (request, reply) => {
      const done = request.query.done;
      return listPage(request, reply, { notice: done ? accessWords(request.adminLang).done[done] : undefined });
    });

    app.get(
      "/access-grants/:id",
      { preHandler: read, schema: { params: GrantParams, querystring: DoneQuery } },
      async (request, reply) => {
        const done = request.query.done;
        const notice = done ? accessWords(request.adminLang).done[done] : undefined;
        return detailPage(request, reply, request.params.id, notice ? { notice } : {});
      },
    );

    app.post(
      "/access-grants",
      { preHandler: guard(ctx, "access.request"), schema: { body: RequestForm }, attachValidation: true },
      async (request, reply) => {
        const post = formPost(request);
        const form = textFields(request.body) as GrantForm;
        if (!post.ok) return listPage(request, reply, { form, errors: malformedFields(request, post.fields) }, 400);
        const body = post.body;
        const minutes = body.minutes?.trim() ? Number(body.minutes) : undefined;
        try {
          const grant = await requestGrant(ctx, {
            tenant: body.tenant ?? "",
            party: body.party ?? STAFF,
            reason: body.reason ?? "",
            reference: { kind: (body.referenceKind ?? "ticket") as "ticket", id: body.reference ?? "" },
            grantee: actorOf(request),
            ...(minutes === undefined ? {} : { durationMinutes: minutes }),
            actor: actorOf(request),
          });
          return reply.redirect(`${ADMIN_PREFIX}/access-grants/${grant.id}?done=requested`, 303);
        } catch (error) {
          if (!(error instanceof AccessGrantError) || error.kind === "not-found") throw error;
          const field = FORM_FIELD[error.field ?? ""] ?? error.field ?? "tenant";
          return listPage(request, reply, { form, errors: { [field]: error.message } }, 400);
        }
      },
    );

    const approve = guard(ctx, "access.approve");
    app.post(
      "/access-grants/:id/approve",
      { preHandler: approve, schema: { params: GrantParams } },
      async (request, reply) => {
        const { id } = request.params;
        try {
          await approveGrant(ctx, id, actorOf(request));
        } catch (error) {
          return refused(request, reply, id, error);
        }
        return reply.redirect(`${ADMIN_PREFIX}/access-grants/${id}?done=approved`, 303);
      },
    );

    app.post(
      "/access-grants/:id/revoke",
      { preHandler: approve, schema: { params: GrantParams, body: RevokeForm }, attachValidation: true },
      async (request, reply) => {
        const { id } = request.params;
        const post = formPost(request);
        const reason = post.ok ? (post.body["revoke-reason"] ?? "") : "";
        try {
          await revokeGrant(ctx, id, reason, actorOf(request));
        } catch (error) {
          return refused(request, reply, id, error);
        }
        return reply.redirect(`${ADMIN_PREFIX}/access-grants/${id}?done=revoked`, 303);
      },
    );

    app.post(
      "/access-grants/engagements",
      { preHandler: approve, schema: { body: EngagementForm }, attachValidation: true },
      async (request, reply) => {
        const post = formPost(request);
        const engagementForm = textFields(request.body);
        if (!post.ok)
          return listPage(
            request,
            reply,
            { engagementForm, engagementErrors: malformedFields(request, post.fields) },
            400,
          );
        const { kind, engagementRef = "", title = "" } = post.body;
        try {
          await openEngagement(ctx, { kind: kindOf(kind), reference: engagementRef, title, actor: actorOf(request) });
        } catch (error) {
          if (!(error instanceof AccessGrantError)) throw error;
          const field = ENGAGEMENT_FIELD[error.field ?? ""] ?? error.field ?? "engagementRef";
          return listPage(request, reply, { engagementForm, engagementErrors: { [field]: error.message } }, 400);
        }
        return reply.redirect(`${ADMIN_PREFIX}/access-grants?done=opened`, 303);
      },
    );

    app.post(
      "/access-grants/engagements/close",
      { preHandler: approve, schema: { body: EngagementForm }, attachValidation: true },
      async (request, reply) => {
        const post = formPost(request);
        if (!post.ok) return notFound(request, reply, ctx);
        try {
          await closeEngagement(ctx, kindOf(post.body.kind), post.body.engagementRef ?? "", actorOf(request));
        } catch (error) {
          if (error instanceof AccessGrantError && error.kind === "not-found") return notFound(request, reply, ctx);
          throw error;
        }
        return reply.redirect(`${ADMIN_PREFIX}/access-grants?done=closed`, 303);
      },
    );

    app.post(
      "/access-grants/:id/token",
      { preHandler: guard(ctx, "access.request"), schema: { params: GrantParams } },
      async (request, reply) => {
        const { id } = request.params;
        try {
          const { token, expiresAt } = await issueGrantToken(ctx, id, actorOf(request));
          // Shown in this response and nowhere else: no redirect, so the token is in no URL or history.
          return detailPage(request, reply, id, { token: { value: token, expiresAt } }, 201);
        } catch (error) {
          return refused(request, reply, id, error);
        }
      },
    );
  };
}
