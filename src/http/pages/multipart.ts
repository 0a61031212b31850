/**
 * A small reader for multipart/form-data (RFC 7578), for the one form that uploads files: a task's
 * answer. The whole body is in memory (Fastify's bodyLimit bounds it), split at the boundary; each part
 * gives its name, its file name when it is a file, its type and its bytes.
 */

export interface MultipartBody {
  fields: Record<string, string>;
  files: { field: string; name: string; mediaType: string; content: Buffer }[];
}

export class MultipartError extends Error {}

/** The boundary named in a Content-Type header, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  return match?.[1] ?? match?.[2];
}

function headerParam(header: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(header);
  return match?.[1]?.replace(/\\(.)/g, "$1");
}

export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const result: MultipartBody = { fields: {}, files: [] };
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) throw new MultipartError("no multipart boundary in the body");
  for (;;) {
    at += delimiter.length;
    // "--" after a delimiter ends the body.
    if (body.subarray(at, at + 2).toString() === "--") return result;
    if (body.subarray(at, at + 2).toString() !== "\r\n") throw new MultipartError("a malformed multipart body");
    at += 2;
    const headersEnd = body.indexOf("\r\n\r\n", at);
    if (headersEnd < 0) throw new MultipartError("a multipart part without headers");
    const headers = body.subarray(at, headersEnd).toString("utf8").split("\r\n");
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headersEnd + 4);
    if (next < 0) throw new MultipartError("a multipart body that does not end");
    const content = body.subarray(headersEnd + 4, next);
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? "";
    const type = headers.find((h) => /^content-type:/i.test(h))?.replace(/^content-type:\s*/i, "");
    const name = headerParam(disposition, "name");
    const fileName = headerParam(disposition, "filename");
    if (name !== undefined) {
      if (fileName !== undefined) {
        // A file input left empty still sends a part, with no name and no bytes.
        if (fileName !== "" || content.length > 0)
          result.files.push({
            field: name,
            name: fileName,
            mediaType: type ?? "application/octet-stream",
            content: Buffer.from(content),
          });
      } else result.fields[name] = content.toString("utf8");
    }
    at = next + 2;
  }
}
