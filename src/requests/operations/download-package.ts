import { open } from "../../crypto/index.js";
import { changeIn, inTransaction } from "../change.js";
import type { ServiceContext } from "../../context/index.js";
import { GoneError, NotFoundError } from "../errors.js";
import { packageContext } from "../package/store-package.js";
import { tokenHash } from "../secrets.js";

export interface DownloadedPackage {
  fileName: string;
  mediaType: string;
  content: Buffer;
  downloadsLeft: number;
}

/**
 * Hands out a package behind its download link: decrypted, one download counted. A link past its
 * expiry or with its downloads used up is refused (GoneError); an unknown link is not found. The count
 * is taken in the same transaction that reads the package, so parallel clicks cannot pass the limit.
 */
export async function downloadPackage(ctx: ServiceContext, downloadToken: string): Promise<DownloadedPackage> {
  return inTransaction(ctx, async (trx) => {
    const pkg = await trx
      .selectFrom("packages")
      .selectAll()
      .where("download_token_hash", "=", tokenHash(downloadToken))
      .executeTakeFirst();
    if (!pkg) throw new NotFoundError("package");
    const now = ctx.now();
    if (pkg.expires_at <= now.toISOString()) throw new GoneError("this download link has expired");
    const counted = await trx
      .updateTable("packages")
      .set((eb) => ({ downloads_left: eb("downloads_left", "-", 1) }))
      .where("id", "=", pkg.id)
      .where("downloads_left", ">", 0)
      .executeTakeFirst();
    if (Number(counted.numUpdatedRows) !== 1) throw new GoneError("this download link has been used up");
    if (!pkg.content) throw new Error(`package ${pkg.id} has no content in the store`);
    const content = pkg.encrypted
      ? open(ctx.keys.data, Buffer.from(pkg.content), packageContext(pkg.id))
      : Buffer.from(pkg.content);
    const downloadsLeft = pkg.downloads_left - 1;
    await changeIn(ctx, trx, pkg.request_id, {
      actor: "requester",
      kind: "package_downloaded",
      data: { package_id: pkg.id, downloads_left: downloadsLeft },
      audit: { package_id: pkg.id, downloads_left: downloadsLeft },
    });
    return { fileName: pkg.file_name, mediaType: pkg.media_type, content, downloadsLeft };
  });
}
