import type { FastifyPluginAsync } from "fastify";
import { AuthInputError, createApiToken, listApiTokens, revokeApiToken } from "../../../auth/index.js";
import { type ConsoleContext, formBody, formText, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { tokensPage } from "../pages/tokens.js";
import { ADMIN_PREFIX } from "../session.js";
import { adminWords } from "../words.js";

/** A repeated checkbox arrives as an array, a single one as a string, none as nothing. */
function formList(body: Record<string, unknown>, name: string): string[] {
  const value = body[name];
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** API tokens: admin only (tokens.manage). */
export function tokenRoutes(ctx: ConsoleContext): FastifyPluginAsync {
  return async (app) => {
    const preHandler = guard(ctx, "tokens.manage");

    app.get("/tokens", { preHandler }, async (request, reply) => {
      const done = (request.query as { done?: unknown }).done;
      const notice = done === "revoked" ? adminWords(request.adminLang).tokenRevoked : undefined;
      return sendHtml(reply, tokensPage(pageOf(request, ctx), { tokens: await listApiTokens(ctx.store), notice }));
    });

    app.post("/tokens", { preHandler }, async (request, reply) => {
      const body = formBody(request);
      const form = { name: formText(body, "name"), scopes: formList(body, "scopes") };
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

    app.post<{ Params: { id: string } }>("/tokens/:id/revoke", { preHandler }, async (request, reply) => {
      await revokeApiToken(ctx.store, request.params.id, {
        actor: `user:${request.adminSession!.user.id}`,
        now: ctx.now(),
      });
      return reply.redirect(`${ADMIN_PREFIX}/tokens?done=revoked`, 303);
    });
  };
}
