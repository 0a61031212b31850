import type { FastifyReply } from "fastify";
import { z } from "zod";
import { toCalendarDate } from "../../deadlines/index.js";
import type { ServiceContext } from "../../context/index.js";
import { DOWNLOAD_PATH, downloadPackage, GoneError, NotFoundError, packageLink } from "../../requests/index.js";
import { formatDate } from "../../vocabulary/index.js";
import { sendAttachment } from "../pages/content-disposition.js";
import { otherLang } from "../pages/i18n.js";
import { centerPage, sendPage } from "./frame.js";
import { LinkQuery, linkLang } from "./link-lang.js";
import { centerWords } from "./words.js";
import type { TypedApp } from "../pages/form-post.js";

const Params = z.object({ token: z.string() });

/** An unknown, expired or used-up link gets the same "not found" page: it says nothing about why. */
async function orNotFound(reply: FastifyReply, work: () => Promise<FastifyReply>): Promise<FastifyReply | void> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof GoneError) return reply.callNotFound();
    throw error;
  }
}

/**
 * The access package behind the link in the completion mail. Opening the link shows a page with a
 * button and counts nothing, so a mail scanner that follows the link does not spend a download; the
 * button posts, and only that hands out the file (decrypted, one download counted, never stored by
 * the browser or a proxy).
 */
export function downloadRoutes(app: TypedApp, ctx: ServiceContext): void {
  const path = `${DOWNLOAD_PATH}:token`;

  app.get(path, { schema: { params: Params, querystring: LinkQuery } }, (request, reply) =>
    orNotFound(reply, async () => {
      const { token } = request.params;
      const link = await packageLink(ctx, token);
      const lang = linkLang(request.query, link.lang);
      const words = centerWords(lang, ctx.register.statement.address);
      const until = formatDate(toCalendarDate(new Date(link.expiresAt), ctx.calendar.timeZone), lang);
      return sendPage(
        reply,
        centerPage(ctx, {
          lang,
          title: words.downloadHeading,
          switchHref: `${DOWNLOAD_PATH}${token}?lang=${otherLang(lang)}`,
          children: (
            <>
              <h1>{words.downloadHeading}</h1>
              <p>{words.downloadText(link.downloadsLeft, until)}</p>
              <form method="post" action={`${DOWNLOAD_PATH}${token}`}>
                <p>
                  <button type="submit">{words.downloadButton}</button>
                </p>
              </form>
            </>
          ),
        }),
        { private: true },
      );
    }),
  );

  app.post(path, { schema: { params: Params } }, (request, reply) =>
    orNotFound(reply, async () => {
      const { token } = request.params;
      const pkg = await downloadPackage(ctx, token);
      return sendAttachment(reply, pkg);
    }),
  );
}
