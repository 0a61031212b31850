import type { FastifyReply } from "fastify";

/** A file name for Content-Disposition: ASCII for every client, the original in filename* (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_") || "download";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a file as an attachment that no cache keeps: a package, with its name and media type. */
export function sendAttachment(
  reply: FastifyReply,
  file: { fileName: string; mediaType: string; content: Buffer },
): FastifyReply {
  return reply
    .header("cache-control", "no-store")
    .header("content-disposition", contentDisposition(file.fileName))
    .type(file.mediaType)
    .send(file.content);
}
