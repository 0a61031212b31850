import { randomUUID } from "node:crypto";
import { seal } from "../../crypto/index.js";
import type { Insertable } from "kysely";
import type { PackagesTable } from "../../store/index.js";
import type { ServiceContext } from "../../context/index.js";
import { downloadToken, tokenHash } from "../secrets.js";

/** A download link works for this many days and this many downloads (a slip of the mouse, a second device). */
export const PACKAGE_DAYS = 7;
export const PACKAGE_DOWNLOADS = 3;

export const packageContext = (packageId: string) => `package:${packageId}`;

/**
 * The row of a new package: the archive encrypted with the data key (AES-256-GCM, bound to the
 * package's id), the hash of its download link, its expiry and its downloads.
 */
export function packageRow(
  ctx: ServiceContext,
  requestId: string,
  file: { name: string; mediaType: string; content: Buffer },
): Insertable<PackagesTable> {
  const id = randomUUID();
  const now = ctx.now();
  return {
    id,
    request_id: requestId,
    path: null,
    content: seal(ctx.keys.data, file.content, packageContext(id)),
    encrypted: 1,
    file_name: file.name,
    media_type: file.mediaType,
    download_token_hash: tokenHash(downloadToken(ctx, id)),
    expires_at: new Date(now.getTime() + PACKAGE_DAYS * 86_400_000).toISOString(),
    downloads_left: PACKAGE_DOWNLOADS,
    created_at: now.toISOString(),
  };
}
