import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ServiceContext } from "../../lifecycle/context.js";
import { GoneError, NotFoundError } from "../../lifecycle/errors.js";
import { DOWNLOAD_PATH } from "../../lifecycle/links.js";
import { downloadPackage } from "../../lifecycle/operations/download-package.js";

const Params = z.object({ token: z.string() });

/** A file name for Content-Disposition: ASCII for every client, the original in filename* (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_") || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The access package behind the link in the completion mail and on the status page: decrypted,
 * one download counted, never stored by the browser or a proxy. An unknown, expired or used-up link
 * gets the same "not found" page: it says nothing about why.
 */
export function downloadRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(`${DOWNLOAD_PATH}:token`, { schema: { params: Params } }, async (request, reply) => {
    const { token } = request.params as z.infer<typeof Params>;
    try {
      const pkg = await downloadPackage(ctx, token);
      return reply
        .header("cache-control", "no-store")
        .header("content-disposition", contentDisposition(pkg.fileName))
        .type(pkg.mediaType)
        .send(pkg.content);
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof GoneError) return reply.callNotFound();
      throw error;
    }
  });
}
