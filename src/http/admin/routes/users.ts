import type { FastifyPluginAsync } from "fastify";
import { AuthInputError, createUser, disableUser, listUsers } from "../../../auth/index.js";
import { type ConsoleContext, formBody, formText, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { usersPage } from "../pages/users.js";
import { ADMIN_PREFIX } from "../session.js";
import { type AdminWords, adminWords } from "../words.js";

/** The auth domain's complaint about one field, in the console's words. */
function userFieldMessage(error: AuthInputError, words: AdminWords): string {
  if (error.field === "email") return error.code === "taken" ? words.emailTaken : words.invalidEmail;
  if (error.field === "name") return words.invalidName;
  if (error.field === "role") return words.invalidRole;
  return words.invalidPassword;
}

/** Accounts: admin only (users.manage). */
export function userRoutes(ctx: ConsoleContext): FastifyPluginAsync {
  return async (app) => {
    const preHandler = guard(ctx, "users.manage");

    app.get("/users", { preHandler }, async (request, reply) => {
      const words = adminWords(request.adminLang);
      const done = (request.query as { done?: unknown }).done;
      const notice = done === "added" ? words.userAdded : done === "disabled" ? words.userDisabled : undefined;
      return sendHtml(reply, usersPage(pageOf(request, ctx), { users: await listUsers(ctx.store), notice }));
    });

    app.post("/users", { preHandler }, async (request, reply) => {
      const body = formBody(request);
      const form = { email: formText(body, "email"), name: formText(body, "name"), role: formText(body, "role") };
      try {
        await createUser(
          ctx.store,
          { ...form, password: formText(body, "password") },
          { actor: `user:${request.adminSession!.user.id}`, now: ctx.now() },
        );
      } catch (error) {
        if (!(error instanceof AuthInputError)) throw error;
        const errors = { [error.field]: userFieldMessage(error, adminWords(request.adminLang)) };
        const page = usersPage(pageOf(request, ctx), { users: await listUsers(ctx.store), form, errors });
        return sendHtml(reply, page, 400);
      }
      return reply.redirect(`${ADMIN_PREFIX}/users?done=added`, 303);
    });

    app.post<{ Params: { id: string } }>("/users/:id/disable", { preHandler }, async (request, reply) => {
      try {
        await disableUser(ctx.store, request.params.id, {
          actor: `user:${request.adminSession!.user.id}`,
          now: ctx.now(),
        });
      } catch (error) {
        if (!(error instanceof AuthInputError)) throw error;
        const problem = adminWords(request.adminLang).lastAdmin;
        return sendHtml(reply, usersPage(pageOf(request, ctx), { users: await listUsers(ctx.store), problem }), 409);
      }
      return reply.redirect(`${ADMIN_PREFIX}/users?done=disabled`, 303);
    });
  };
}
