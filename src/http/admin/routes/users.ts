import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AuthInputError, createUser, disableUser, listUsers } from "../../../auth/index.js";
import { formPost, OneValue } from "../../pages/form-post.js";
import { type ConsoleContext, malformedFields, pageOf, sendHtml, textFields } from "../context.js";
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

const UserForm = z.object({ _csrf: OneValue, email: OneValue, name: OneValue, role: OneValue, password: OneValue });
const UserParams = z.object({ id: z.string() });
/** `?done=added|disabled` after a change; anything else is no notice. */
const DoneQuery = z.looseObject({ done: z.string().optional().catch(undefined) });

/** Accounts: admin only (users.manage). */
export function userRoutes(ctx: ConsoleContext): FastifyPluginAsyncZod {
  return async (app) => {
    const preHandler = guard(ctx, "users.manage");

    app.get("/users", { preHandler, schema: { querystring: DoneQuery } }, async (request, reply) => {
      const words = adminWords(request.adminLang);
      const { done } = request.query;
      const notice = done === "added" ? words.userAdded : done === "disabled" ? words.userDisabled : undefined;
      return sendHtml(reply, usersPage(pageOf(request, ctx), { users: await listUsers(ctx.store), notice }));
    });

    app.post("/users", { preHandler, schema: { body: UserForm }, attachValidation: true }, async (request, reply) => {
      const post = formPost(request);
      if (!post.ok) {
        const { email, name, role } = textFields(request.body);
        const errors = malformedFields(request, post.fields);
        const page = usersPage(pageOf(request, ctx), {
          users: await listUsers(ctx.store),
          form: { email, name, role },
          errors,
        });
        return sendHtml(reply, page, 400);
      }
      const { email = "", name = "", role = "", password = "" } = post.body;
      const form = { email, name, role };
      try {
        await createUser(
          ctx.store,
          { ...form, password },
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

    app.post("/users/:id/disable", { preHandler, schema: { params: UserParams } }, async (request, reply) => {
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
