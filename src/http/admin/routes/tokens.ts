import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuthInputError, createApiToken, listApiTokens, revokeApiToken } from "../../../auth/index.js";
import { formPost, OneValue, Values } from "../../pages/form-post.js";
import { type ConsoleContext, malformedFields, pageOf, sendHtml, textFields } from "../context.js";
import { guard } from "../guard.js";
import { tokensPage } from "../pages/tokens.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";

/** The new token's name and its scopes: checkboxes, so one, several (a list) or none. */
const TokenForm = z.object({ _csrf: OneValue, name: OneValue, scopes: Values });
const TokenParams = z.object({ id: z.string() });
/** `?done=revoked` after a revocation; anything else is no notice. */
const DoneQuery = z.looseObject({ done: z.string().optional().catch(undefined) });

/** API tokens: admin only (tokens.manage). */
export function tokenRoutes(ctx: ConsoleContext): FastifyPluginAsyncZod {
  return async (app) => {
    const preHandler = guard(ctx, "tokens.manage");

    app.get("/tokens", { preHandler, schema: { querystring: DoneQuery } }, async (request, reply) => {
      const { done } = request.query;
      const notice = done === "revoked" ? adminWords(request.adminLang).tokenRevoked : undefined;
      return sendHtml(reply, tokensPage(pageOf(request, ctx), { tokens: await listApiTokens(ctx.store), notice }));
    });

    app.post("/tokens", { preHandler, schema: { body: TokenForm }, attachValidation: true }, async (request, reply) => {
      const post = formPost(request);
      if (!post.ok) {
        const form = { name: textFields(request.body).name };
        const errors = malformedFields(request, post.fields);
        const page = tokensPage(pageOf(request, ctx), { tokens: await listApiTokens(ctx.store), form, errors });
        return sendHtml(reply, page, 400);
      }
      const { name = "", scopes = [] } = post.body;
      const form = { name, scopes: [scopes].flat() };
      const change = { actor: `user:${request.adminSession!.user.id}`, now: ctx.now() };
      try {
        const { token, apiToken } = await createApiToken(ctx.store, form, change);
        // Shown in this response and nowhere else: no redirect, so the value is in no URL or history.
        const page = tokensPage(pageOf(request, ctx), {
          tokens: await listApiTokens(ctx.store),
          created: { name: apiToken.name, token },
        });
        return sendHtml(reply, page, 201);
      } catch (error) {
        if (!(error instanceof AuthInputError)) throw error;
        const words = adminWords(request.adminLang);
        const errors = { [error.field]: error.field === "name" ? words.invalidTokenName : words.invalidScopes };
        const page = tokensPage(pageOf(request, ctx), { tokens: await listApiTokens(ctx.store), form, errors });
        return sendHtml(reply, page, 400);
      }
    });

    app.post("/tokens/:id/revoke", { preHandler, schema: { params: TokenParams } }, async (request, reply) => {
      await revokeApiToken(ctx.store, request.params.id, {
        actor: `user:${request.adminSession!.user.id}`,
        now: ctx.now(),
      });
      return reply.redirect(`${ADMIN_PREFIX}/tokens?done=revoked`, 303);
    });
  };
}
