import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { can } from "../../../auth/index.js";
import { listOutbox, maskedMessage, revealOutboxMessage } from "../../../mail/index.js";
import { type ConsoleContext, pageOf, sendHtml } from "../context.js";
import { guard } from "../guard.js";
import { notFound } from "../not-found.js";
import { outboxMessagePage, outboxPage } from "../pages/outbox.js";
import { outboxMessage } from "../reads.js";

const PAGE_SIZE = 50;

/** Where the page starts; anything but a positive whole number is the first page. */
const OutboxQuery = z.looseObject({ offset: z.coerce.number().int().positive().catch(0) });
const MessageParams = z.object({ id: z.string() });

/**
 * The outbox: admin, privacy officer and support (outbox.read), with codes and links masked; an admin
 * may reveal one message (outbox.reveal), which the audit log records.
 */
export function outboxRoutes(ctx: ConsoleContext): FastifyPluginAsyncZod {
  return async (app) => {
    const preHandler = guard(ctx, "outbox.read");

    app.get("/outbox", { preHandler, schema: { querystring: OutboxQuery } }, async (request, reply) => {
      const { offset } = request.query;
      // One more than a page tells whether there is a next page without counting the table.
      const rows = await listOutbox(ctx.store, { limit: PAGE_SIZE + 1, offset });
      const next = rows.length > PAGE_SIZE ? offset + PAGE_SIZE : undefined;
      return sendHtml(reply, outboxPage(pageOf(request, ctx), rows.slice(0, PAGE_SIZE).map(maskedMessage), next));
    });

    app.get("/outbox/:id", { preHandler, schema: { params: MessageParams } }, async (request, reply) => {
      const message = await outboxMessage(ctx.store, request.params.id);
      if (!message) return notFound(request, reply, ctx);
      const mayReveal = can(request.adminSession!.user.role, "outbox.reveal");
      return sendHtml(reply, outboxMessagePage(pageOf(request, ctx), maskedMessage(message), { mayReveal }));
    });

    app.post(
      "/outbox/:id/reveal",
      { preHandler: guard(ctx, "outbox.reveal"), schema: { params: MessageParams } },
      async (request, reply) => {
        const actor = `user:${request.adminSession!.user.id}`;
        const message = await revealOutboxMessage(ctx.store, request.params.id, actor, ctx.now());
        if (!message) return notFound(request, reply, ctx);
        return sendHtml(reply, outboxMessagePage(pageOf(request, ctx), message, { revealed: true }));
      },
    );
  };
}
